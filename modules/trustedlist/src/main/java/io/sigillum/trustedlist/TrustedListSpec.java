package io.sigillum.trustedlist;

/**
 * The names ETSI TS 119 612 (v2.x, schema {@code http://uri.etsi.org/02231/v2#}) gives to what this
 * library reads, in one place to hold against the standard. Section numbers are TS 119 612 v2.3.1's.
 */
public final class TrustedListSpec {

    /** The trusted list namespace (Annex C). */
    public static final String NS_TSL = "http://uri.etsi.org/02231/v2#";
    /** The namespace of additional types, among them {@code MimeType} (Annex C). */
    public static final String NS_ADDITIONAL_TYPES = "http://uri.etsi.org/02231/v2/additionaltypes#";
    /** XML-DSig's namespace: the list's enveloped signature (§5.7). */
    public static final String NS_DSIG = "http://www.w3.org/2000/09/xmldsig#";

    /** The document element. */
    public static final String TRUST_SERVICE_STATUS_LIST = "TrustServiceStatusList";
    /** §5.3. */
    public static final String SCHEME_INFORMATION = "SchemeInformation";
    /** §5.3.1. */
    public static final String TSL_VERSION_IDENTIFIER = "TSLVersionIdentifier";
    /** §5.3.2. */
    public static final String TSL_SEQUENCE_NUMBER = "TSLSequenceNumber";
    /** §5.3.3. */
    public static final String TSL_TYPE = "TSLType";
    /** §5.3.4. */
    public static final String SCHEME_OPERATOR_NAME = "SchemeOperatorName";
    /** §5.3.10. */
    public static final String SCHEME_TERRITORY = "SchemeTerritory";
    /** §5.3.13. */
    public static final String POINTERS_TO_OTHER_TSL = "PointersToOtherTSL";
    /** §5.3.13: one pointer. */
    public static final String OTHER_TSL_POINTER = "OtherTSLPointer";
    /** §5.3.13: the certificates the pointed-to list is signed with. */
    public static final String SERVICE_DIGITAL_IDENTITIES = "ServiceDigitalIdentities";
    /** §5.3.13: where the pointed-to list is published. */
    public static final String TSL_LOCATION = "TSLLocation";
    /** §5.3.13: what the pointer says about the pointed-to list. */
    public static final String ADDITIONAL_INFORMATION = "AdditionalInformation";
    /** §5.3.13: one item of additional information. */
    public static final String OTHER_INFORMATION = "OtherInformation";
    /** §5.3.13, in {@link #NS_ADDITIONAL_TYPES}: the pointed-to list's MIME type. */
    public static final String MIME_TYPE = "MimeType";
    /** §5.3.14. */
    public static final String LIST_ISSUE_DATE_TIME = "ListIssueDateTime";
    /** §5.3.15: holds a {@code dateTime}, or nothing for a closed list. */
    public static final String NEXT_UPDATE = "NextUpdate";
    /** §5.3.15. */
    public static final String DATE_TIME = "dateTime";
    /** §5.3.18. */
    public static final String TRUST_SERVICE_PROVIDER_LIST = "TrustServiceProviderList";
    /** §5.4. */
    public static final String TRUST_SERVICE_PROVIDER = "TrustServiceProvider";
    /** §5.4. */
    public static final String TSP_INFORMATION = "TSPInformation";
    /** §5.4.1. */
    public static final String TSP_NAME = "TSPName";
    /** §5.4.2. */
    public static final String TSP_TRADE_NAME = "TSPTradeName";
    /** §5.4.6. */
    public static final String TSP_SERVICES = "TSPServices";
    /** §5.5. */
    public static final String TSP_SERVICE = "TSPService";
    /** §5.5. */
    public static final String SERVICE_INFORMATION = "ServiceInformation";
    /** §5.5.1. */
    public static final String SERVICE_TYPE_IDENTIFIER = "ServiceTypeIdentifier";
    /** §5.5.2. */
    public static final String SERVICE_NAME = "ServiceName";
    /** §5.5.3. */
    public static final String SERVICE_DIGITAL_IDENTITY = "ServiceDigitalIdentity";
    /** §5.5.3: one identifier of the service. */
    public static final String DIGITAL_ID = "DigitalId";
    /** §5.5.3: a base64 DER certificate. */
    public static final String X509_CERTIFICATE = "X509Certificate";
    /** §5.5.3: a subject distinguished name. */
    public static final String X509_SUBJECT_NAME = "X509SubjectName";
    /** §5.5.3: a base64 subject key identifier. */
    public static final String X509_SKI = "X509SKI";
    /** §5.5.4. */
    public static final String SERVICE_STATUS = "ServiceStatus";
    /** §5.5.5. */
    public static final String STATUS_STARTING_TIME = "StatusStartingTime";
    /** Multilingual character strings: one {@code Name} per language. */
    public static final String NAME = "Name";

    /** §5.3.3: the type of an EU member state's trusted list. */
    public static final String TSL_TYPE_EU_GENERIC = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric";
    /** §5.3.3: the type of the EU list of trusted lists. */
    public static final String TSL_TYPE_EU_LIST_OF_THE_LISTS = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists";
    /** §5.5.4: a service whose status is granted. */
    public static final String SERVICE_STATUS_GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted";
    /** §5.5.4: a service whose status is withdrawn. */
    public static final String SERVICE_STATUS_WITHDRAWN = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn";
    /** §5.3.13: the MIME type of a machine-processable (XML) trusted list. */
    public static final String MIME_TYPE_TSL_XML = "application/vnd.etsi.tsl+xml";
    /** §5.3.13: the MIME type of a human-readable (PDF) trusted list. */
    public static final String MIME_TYPE_PDF = "application/pdf";
    /** The language preferred when a multilingual name carries several: EU lists give every name in English at least. */
    public static final String PREFERRED_LANGUAGE = "en";

    private TrustedListSpec() {
    }
}
