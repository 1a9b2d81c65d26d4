package io.sigillum.gateway.routing;

import java.io.Serial;

/** The client's body did not all arrive within the body timeout. */
final class SlowClientBody extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    SlowClientBody() {
        super("the request body did not arrive in time", null, false, false);
    }
}
