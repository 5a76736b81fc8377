package org.openpathways.platform.api.probe;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Lets a test hold one request inside its transaction, to send a concurrent twin meanwhile. */
@Component
public class ProbeGate {

    private volatile CountDownLatch entered = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(0);

    /** The next note created waits, after its insert and before its commit, until {@link #open()}. */
    public void close() {
        entered = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    public boolean awaitHeldRequest() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    public void open() {
        released.countDown();
    }

    void pass() {
        CountDownLatch held = released;
        entered.countDown();
        try {
            held.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
