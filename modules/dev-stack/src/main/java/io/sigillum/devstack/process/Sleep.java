package io.sigillum.devstack.process;

/** Polling pauses that keep the interrupt flag when interrupted (Ctrl-C during a wait). */
public final class Sleep {

    private Sleep() {
    }

    /** @param millis how long to pause */
    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
