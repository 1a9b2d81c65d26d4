package io.sigillum.wallet.vp.response;

import io.sigillum.dcql.query.ClaimsQuery;
import io.sigillum.dcql.query.CredentialMeta;
import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.WalletStep;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.presentation.PresentationOptions;
import io.sigillum.wallet.presentation.PresentationResult;
import io.sigillum.wallet.store.CredentialStore;
import io.sigillum.wallet.vp.request.AuthorizationRequest;
import io.sigillum.wallet.vp.request.Oid4vpSpec;
import io.sigillum.wallet.vp.request.ResolveAuthorizationRequest;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One presentation, from the Authorization Request link to the Verifier's answer (OID4VP 1.0):
 * resolve and check the request, choose credentials and claims with DCQL, present each chosen
 * credential, and send the VP Token (or {@code access_denied} when nothing matches, §8.5) with the
 * request's Response Mode. The last response sent is kept, so that a test can replay it, and which
 * credentials were presented, so that the copies of a batch are used in turn.
 */
public final class PresentCredentials {

    private final ResolveAuthorizationRequest resolve;
    private final SendResponse send;
    private final CredentialStore store;
    private final Clock clock;
    private final Consumer<WalletStep> listener;
    private final AtomicReference<SentResponse> last = new AtomicReference<>();
    private final Set<String> presented = ConcurrentHashMap.newKeySet();

    /**
     * @param http     the HTTP client
     * @param resolve  how requests are resolved and checked
     * @param store    the credentials to choose from
     * @param clock    the clock of Key Binding JWTs' {@code iat}
     * @param listener told of each step
     */
    public PresentCredentials(Http http, ResolveAuthorizationRequest resolve, CredentialStore store, Clock clock,
                              Consumer<WalletStep> listener) {
        this.send = new SendResponse(Objects.requireNonNull(http, "http"));
        this.resolve = Objects.requireNonNull(resolve, "resolve");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @param link    the Authorization Request link
     * @param options misbehaviours, if any
     * @return what was sent and the Verifier's {@code redirect_uri}
     */
    public PresentationResult present(String link, PresentationOptions options) {
        Objects.requireNonNull(options, "options");
        AuthorizationRequest request = resolve.resolve(link);
        listener.accept(new WalletStep.AuthorizationRequestResolved(request.clientId(), request.responseUri().toString(),
                request.responseMode(), request.byReference(), request.requestUriMethod(), request.verifierCertificate().isPresent(),
                request.verifierCertificate().map(c -> c.getSubjectX500Principal().getName()), request.trustAnchor()));
        listener.accept(new WalletStep.PresentationRequested(describe(request.query())));
        if (!options.correct()) {
            listener.accept(new WalletStep.Misbehaving(options.misbehaviours()));
        }
        if (options.replayLastResponse()) {
            SentResponse previous = previous();
            return sent(request, previous.form(), Map.of(), Optional.empty(), previous.encrypted());
        }
        boolean encrypt = request.encryptedResponse() && !options.unencryptedInJwtMode();
        if (encrypt) {
            EncryptResponse.requirePossible(request.clientMetadata());
        }
        Optional<Map<String, ChooseCredentials.Chosen>> chosen = ChooseCredentials.choose(request.query(), store.all(),
                credential -> presented.contains(credential.compact()));
        if (chosen.isEmpty()) {
            return decline(request, encrypt, options);
        }
        Map<String, List<String>> vpToken = new LinkedHashMap<>();
        chosen.get().forEach((id, choice) -> {
            BuildPresentation.Presented presentation = BuildPresentation.build(choice.credential(), choice.claims(), request.clientId(),
                    request.nonce(), clock.instant(), options);
            vpToken.put(id, List.of(presentation.compact()));
            this.presented.add(choice.credential().compact());
            listener.accept(new WalletStep.CredentialPresented(id, choice.credential().vct(), choice.credential().issuer(),
                    choice.claims().stream().map(ClaimPath::toString).toList(), presentation.disclosures(), presentation.keyBound()));
        });
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(Oid4vpSpec.VP_TOKEN, vpToken);
        request.state().ifPresent(state -> parameters.put(Oid4vpSpec.STATE, state));
        return sent(request, body(parameters, request, encrypt, options), vpToken, Optional.empty(), encrypt);
    }

    /** Posts the previous response body again to where it went. */
    public PresentationResult replayLast() {
        SentResponse previous = previous();
        listener.accept(new WalletStep.Misbehaving(List.of("the previous response replayed")));
        Optional<URI> redirect = send.post(previous.responseUri(), previous.form());
        listener.accept(new WalletStep.ResponseSent(previous.responseUri().toString(), "(replay)", previous.encrypted(), Optional.empty(),
                redirect.map(URI::toString)));
        return new PresentationResult("(replay)", previous.responseUri(), "(replay)", Map.of(), Optional.empty(), redirect);
    }

    private SentResponse previous() {
        return Optional.ofNullable(last.get())
                .orElseThrow(() -> new WalletException(Step.RESPONSE, "there is no previous response to replay"));
    }

    /** §8.5: {@code access_denied}, in the request's Response Mode (§5.6: errors too use it). */
    private PresentationResult decline(AuthorizationRequest request, boolean encrypt, PresentationOptions options) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(Oid4vpSpec.ERROR, Oid4vpSpec.ACCESS_DENIED);
        parameters.put(Oid4vpSpec.ERROR_DESCRIPTION, "no held credential satisfies the dcql_query");
        request.state().ifPresent(state -> parameters.put(Oid4vpSpec.STATE, state));
        return sent(request, body(parameters, request, encrypt, options), Map.of(), Optional.of(Oid4vpSpec.ACCESS_DENIED), encrypt);
    }

    private static String body(Map<String, Object> parameters, AuthorizationRequest request, boolean encrypt, PresentationOptions options) {
        if (encrypt) {
            // §8.3: the response parameters are top-level members of the JWE payload, the VP Token as a JSON object.
            String jwe = EncryptResponse.encrypt(Json.write(parameters), request.clientMetadata(), options.encryptToOtherKey());
            return SendResponse.form(Map.of(Oid4vpSpec.RESPONSE, jwe));
        }
        // §8.2: form parameters; an object-valued one (vp_token) is JSON-encoded.
        Map<String, String> form = new LinkedHashMap<>();
        parameters.forEach((name, value) -> form.put(name, value instanceof String text ? text : Json.write(value)));
        return SendResponse.form(form);
    }

    private PresentationResult sent(AuthorizationRequest request, String form, Map<String, List<String>> vpToken,
                                    Optional<String> error, boolean encrypted) {
        Optional<URI> redirect = send.post(request.responseUri(), form);
        last.set(new SentResponse(request.responseUri(), form, encrypted));
        listener.accept(new WalletStep.ResponseSent(request.responseUri().toString(), request.responseMode(), encrypted, error,
                redirect.map(URI::toString)));
        return new PresentationResult(request.clientId(), request.responseUri(), request.responseMode(), vpToken, error, redirect);
    }

    /** For a person: each Credential Query's format, types and claim paths. */
    private static Map<String, String> describe(DcqlQuery query) {
        Map<String, String> described = new LinkedHashMap<>();
        for (CredentialQuery credential : query.credentials()) {
            String types = credential.meta() instanceof CredentialMeta.SdJwtVc vc ? " " + vc.vctValues() : "";
            String claims = credential.claims().map(list -> list.stream().map(ClaimsQuery::path).map(Object::toString)
                    .collect(Collectors.joining(", ", " claims ", ""))).orElse(" no selectively disclosable claims");
            described.put(credential.id(), credential.format() + types + claims);
        }
        return described;
    }
}
