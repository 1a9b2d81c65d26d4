package io.sigillum.wallet.presentation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to answer one Authorization Request. The defaults present correctly; every other setting
 * makes the wallet break one rule on purpose, so that tests can check a Verifier refuses it.
 *
 * <pre>{@code
 * PresentationOptions.defaults();                                   // correct
 * PresentationOptions.builder().wrongNonce().build();                // KB-JWT nonce is not the request's
 * PresentationOptions.builder().keyBindingAge(Duration.ofHours(1)).build();  // stale KB-JWT iat
 * }</pre>
 *
 * @param wrongNonce               the Key Binding JWT carries another {@code nonce} than the request's
 * @param wrongAudience            the Key Binding JWT's {@code aud} is not the {@code client_id}
 * @param withoutKeyBinding        no Key Binding JWT is attached, even when the credential is key-bound
 * @param keyBindingWithOtherKey   the Key Binding JWT is signed with a fresh key, not the credential's holder key
 * @param keyBindingAge            how far in the past the Key Binding JWT's {@code iat} is; zero is now
 * @param tamperedDisclosure       one disclosed claim's value is changed in its Disclosure (same salt and name),
 *                                 so its digest is in no {@code _sd}
 * @param extraDisclosure          a Disclosure whose digest is in no {@code _sd} is added
 * @param unencryptedInJwtMode     in {@code direct_post.jwt}, the response is posted as plain {@code vp_token} and
 *                                 {@code state} instead of a JWE
 * @param encryptToOtherKey        in {@code direct_post.jwt}, the JWE is encrypted to a fresh key (with the Verifier's {@code kid})
 * @param replayLastResponse       the body of the wallet's previous response is posted again, unchanged, to this
 *                                 request's {@code response_uri}
 */
public record PresentationOptions(boolean wrongNonce, boolean wrongAudience, boolean withoutKeyBinding,
                                  boolean keyBindingWithOtherKey, Duration keyBindingAge, boolean tamperedDisclosure,
                                  boolean extraDisclosure, boolean unencryptedInJwtMode, boolean encryptToOtherKey,
                                  boolean replayLastResponse) {

    private static final PresentationOptions DEFAULTS = builder().build();

    /** Checks the age. */
    public PresentationOptions {
        Objects.requireNonNull(keyBindingAge, "keyBindingAge");
        if (keyBindingAge.isNegative()) {
            throw new IllegalArgumentException("the Key Binding JWT age is not negative");
        }
    }

    /** @return the options of a correct presentation */
    public static PresentationOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the correct presentation */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether nothing is broken on purpose */
    public boolean correct() {
        return misbehaviours().isEmpty();
    }

    /** @return what is broken on purpose, for a person */
    public List<String> misbehaviours() {
        List<String> what = new ArrayList<>();
        if (wrongNonce) {
            what.add("Key Binding JWT with a wrong nonce");
        }
        if (wrongAudience) {
            what.add("Key Binding JWT with a wrong aud");
        }
        if (withoutKeyBinding) {
            what.add("no Key Binding JWT");
        }
        if (keyBindingWithOtherKey) {
            what.add("Key Binding JWT signed with another key");
        }
        if (!keyBindingAge.isZero()) {
            what.add("Key Binding JWT iat " + keyBindingAge + " in the past");
        }
        if (tamperedDisclosure) {
            what.add("a tampered Disclosure");
        }
        if (extraDisclosure) {
            what.add("an extra Disclosure not in _sd");
        }
        if (unencryptedInJwtMode) {
            what.add("unencrypted response in direct_post.jwt");
        }
        if (encryptToOtherKey) {
            what.add("response encrypted to another key");
        }
        if (replayLastResponse) {
            what.add("the previous response replayed");
        }
        return what;
    }

    /** Builds {@link PresentationOptions}; every method switches one misbehaviour on. */
    public static final class Builder {
        private boolean wrongNonce;
        private boolean wrongAudience;
        private boolean withoutKeyBinding;
        private boolean keyBindingWithOtherKey;
        private Duration keyBindingAge = Duration.ZERO;
        private boolean tamperedDisclosure;
        private boolean extraDisclosure;
        private boolean unencryptedInJwtMode;
        private boolean encryptToOtherKey;
        private boolean replayLastResponse;

        private Builder() {
        }

        /** @return this builder, with a wrong KB-JWT {@code nonce} */
        public Builder wrongNonce() {
            wrongNonce = true;
            return this;
        }

        /** @return this builder, with a wrong KB-JWT {@code aud} */
        public Builder wrongAudience() {
            wrongAudience = true;
            return this;
        }

        /** @return this builder, without Key Binding JWT */
        public Builder withoutKeyBinding() {
            withoutKeyBinding = true;
            return this;
        }

        /** @return this builder, with the KB-JWT signed by another key */
        public Builder keyBindingWithOtherKey() {
            keyBindingWithOtherKey = true;
            return this;
        }

        /**
         * @param age how far in the past the KB-JWT's {@code iat} is
         * @return this builder
         */
        public Builder keyBindingAge(Duration age) {
            keyBindingAge = Objects.requireNonNull(age, "age");
            return this;
        }

        /** @return this builder, with a tampered Disclosure */
        public Builder tamperedDisclosure() {
            tamperedDisclosure = true;
            return this;
        }

        /** @return this builder, with an extra Disclosure not referenced by any digest */
        public Builder extraDisclosure() {
            extraDisclosure = true;
            return this;
        }

        /** @return this builder, posting plain {@code vp_token} in {@code direct_post.jwt} mode */
        public Builder unencryptedInJwtMode() {
            unencryptedInJwtMode = true;
            return this;
        }

        /** @return this builder, encrypting to a key that is not the Verifier's */
        public Builder encryptToOtherKey() {
            encryptToOtherKey = true;
            return this;
        }

        /** @return this builder, posting the previous response again */
        public Builder replayLastResponse() {
            replayLastResponse = true;
            return this;
        }

        /** @return the options */
        public PresentationOptions build() {
            return new PresentationOptions(wrongNonce, wrongAudience, withoutKeyBinding, keyBindingWithOtherKey, keyBindingAge,
                    tamperedDisclosure, extraDisclosure, unencryptedInJwtMode, encryptToOtherKey, replayLastResponse);
        }
    }
}
