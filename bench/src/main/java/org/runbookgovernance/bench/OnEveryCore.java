package org.runbookgovernance.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs one piece of work on every core at once (this thread and one more per core) and waits for all of it. */
final class OnEveryCore {

    private OnEveryCore() {
    }

    static void run(String name, Runnable work) {
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Runtime.getRuntime().availableProcessors(); t++) {
            Thread helper = new Thread(work, name + "-" + t);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
