package org.openfse.card.pcsc.internal;

import java.lang.annotation.Annotation;

/** {@link PcscConfig} values for tests, as DS would give them. */
final class Configs {

    private Configs() {
    }

    static PcscConfig pcsc(int timeoutMillis, int pollMillis) {
        return new PcscConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PcscConfig.class;
            }

            @Override
            public int timeoutMillis() {
                return timeoutMillis;
            }

            @Override
            public int pollMillis() {
                return pollMillis;
            }
        };
    }
}
