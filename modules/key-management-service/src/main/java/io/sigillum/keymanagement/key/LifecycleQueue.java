package io.sigillum.keymanagement.key;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs this replica's lifecycle changes one at a time, before their transactions begin. They are
 * rare (administration), and each locks its slot's row anyway; queued here they wait without a
 * database connection, where a burst of them waiting on the row lock held every connection of the
 * pool while the transaction holding the lock needed one (measured on PostgreSQL: six concurrent
 * key creations drained a pool of ten). Across replicas the row lock still decides.
 */
@ApplicationScoped
public class LifecycleQueue {

    private final ReentrantLock turn = new ReentrantLock(true);

    /** @return what the change returns, run when no other change of this replica is running */
    public <T> T run(Supplier<T> change) {
        turn.lock();
        try {
            return change.get();
        } finally {
            turn.unlock();
        }
    }
}
