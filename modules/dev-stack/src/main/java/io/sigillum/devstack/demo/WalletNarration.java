package io.sigillum.devstack.demo;

import io.sigillum.wallet.WalletStep;

import java.io.PrintStream;
import java.util.function.Consumer;

/** Prints each step the test wallet takes, one line each, as a person would want to follow it. */
final class WalletNarration implements Consumer<WalletStep> {

    private final PrintStream out;

    WalletNarration(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(WalletStep step) {
        String line = switch (step) {
            case WalletStep.OfferResolved s -> "offer resolved      " + s.credentialIssuer() + " offers "
                    + s.credentialConfigurationIds() + (s.byReference() ? ", fetched by reference" : "")
                    + (s.transactionCodeRequired() ? ", needs a tx_code" : "");
            case WalletStep.MetadataRead s -> "metadata read       token endpoint " + s.tokenEndpoint()
                    + s.batchSize().map(b -> ", batch size " + b).orElse("");
            case WalletStep.DpopNonceRetry s -> "DPoP nonce          the server asked for its nonce at " + s.endpoint();
            case WalletStep.TokenObtained s -> "token obtained      " + s.tokenType() + "-bound"
                    + s.expiresIn().map(d -> ", expires in " + d.toSeconds() + " s").orElse("");
            case WalletStep.NonceObtained s -> "c_nonce obtained    " + (s.retry() ? "(again) " : "") + "for " + s.credentialConfigurationId();
            case WalletStep.CredentialRequested s -> "credential request  " + s.proofs() + " key proofs, one key each";
            case WalletStep.IssuanceDeferred s -> "deferred            ask again in " + s.interval().toSeconds() + " s";
            case WalletStep.CredentialReceived s -> "credential received " + s.format() + ", " + s.vct() + ", "
                    + s.disclosures() + " disclosures";
            case WalletStep.CredentialVerified s -> "verified            signature, x5c chain to " + s.trustAnchor()
                    + ", holder key, disclosures";
            case WalletStep.NotificationSent s -> "notification sent   " + s.event();
            case WalletStep.AuthorizationRequestResolved s -> "request resolved    " + s.clientId()
                    + (s.signed() ? ", signed by " + s.verifierCertificate().orElse("?") : ", unsigned")
                    + s.trustAnchor().map(a -> ", chain to " + a).orElse("") + ", answer by " + s.responseMode();
            case WalletStep.PresentationRequested s -> "asked for           " + s.credentialQueries();
            case WalletStep.CredentialPresented s -> "presenting          " + s.vct() + " for " + s.credentialQueryId()
                    + ", disclosing " + s.disclosedClaims() + (s.keyBound() ? ", key-bound" : "");
            case WalletStep.Misbehaving s -> "misbehaving         " + s.misbehaviours();
            case WalletStep.ResponseSent s -> "response sent       " + s.error().map(e -> "error " + e).orElse("vp_token")
                    + (s.encrypted() ? " (encrypted)" : "") + s.redirectUri().map(r -> ", redirect to " + r).orElse("");
        };
        out.println("   " + line);
    }
}
