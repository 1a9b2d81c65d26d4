package io.sigillum.trustregistry.testing;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes the XML of an ETSI TS 119 612 trusted list or list of trusted lists for the tests, before
 * it is signed. A smaller copy of {@code modules/trustedlist}'s test helper.
 */
public final class TestList {

    public static final String NS_TSL = "http://uri.etsi.org/02231/v2#";
    public static final String NS_ADDITIONAL_TYPES = "http://uri.etsi.org/02231/v2/additionaltypes#";
    public static final String GENERIC = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric";
    public static final String LIST_OF_THE_LISTS = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists";
    public static final String GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted";
    public static final String WITHDRAWN = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn";
    public static final String CA_QC = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC";
    public static final String PID_PROVIDER = "http://uri.etsi.org/Svc/Svctype/Provider/PID";
    public static final String TSA_QTST = "http://uri.etsi.org/TrstSvc/Svctype/TSA/QTST";
    public static final String XML = "application/vnd.etsi.tsl+xml";
    public static final String PDF = "application/pdf";

    private final long sequenceNumber;
    private final String type;
    private final String territory;
    private String nextUpdate = "<NextUpdate><dateTime>2099-07-15T10:00:00Z</dateTime></NextUpdate>";
    private final List<String> providers = new ArrayList<>();
    private final List<String> pointers = new ArrayList<>();

    private TestList(long sequenceNumber, String type, String territory) {
        this.sequenceNumber = sequenceNumber;
        this.type = type;
        this.territory = territory;
    }

    /** A territory's list. */
    public static TestList of(String territory, long sequenceNumber) {
        return new TestList(sequenceNumber, GENERIC, territory);
    }

    /** A list of trusted lists, territory EU. */
    public static TestList listOfLists(long sequenceNumber) {
        return new TestList(sequenceNumber, LIST_OF_THE_LISTS, "EU");
    }

    /** Next update in the past. */
    public TestList overdue() {
        nextUpdate = "<NextUpdate><dateTime>2020-01-01T00:00:00Z</dateTime></NextUpdate>";
        return this;
    }

    /** A provider with its name, trade names (e.g. a registration identifier) and services. */
    public TestList provider(String name, List<String> tradeNames, String... services) {
        StringBuilder xml = new StringBuilder("<TrustServiceProvider><TSPInformation><TSPName>")
                .append("<Name xml:lang=\"en\">").append(name).append("</Name></TSPName>");
        if (!tradeNames.isEmpty()) {
            xml.append("<TSPTradeName>");
            tradeNames.forEach(t -> xml.append("<Name xml:lang=\"en\">").append(t).append("</Name>"));
            xml.append("</TSPTradeName>");
        }
        xml.append("<TSPAddress><PostalAddresses><PostalAddress xml:lang=\"en\"><StreetAddress>Street 1</StreetAddress>"
                + "<Locality>Town</Locality><CountryName>").append(territory).append("</CountryName></PostalAddress></PostalAddresses>"
                + "<ElectronicAddress><URI xml:lang=\"en\">mailto:tsp@example.test</URI></ElectronicAddress></TSPAddress>")
                .append("</TSPInformation><TSPServices>");
        for (String service : services) {
            xml.append(service);
        }
        providers.add(xml.append("</TSPServices></TrustServiceProvider>").toString());
        return this;
    }

    /** A service of a type, with a status, identified by certificates. */
    public static String service(String type, String name, String status, X509Certificate... certificates) {
        StringBuilder xml = new StringBuilder("<TSPService><ServiceInformation>")
                .append("<ServiceTypeIdentifier>").append(type).append("</ServiceTypeIdentifier>")
                .append("<ServiceName><Name xml:lang=\"en\">").append(name).append("</Name></ServiceName>")
                .append("<ServiceDigitalIdentity>");
        for (X509Certificate certificate : certificates) {
            xml.append("<DigitalId><X509Certificate>").append(base64(certificate)).append("</X509Certificate></DigitalId>");
        }
        if (certificates.length == 0) {
            xml.append("<DigitalId><X509SubjectName>CN=").append(name).append("</X509SubjectName></DigitalId>");
        }
        return xml.append("</ServiceDigitalIdentity>")
                .append("<ServiceStatus>").append(status).append("</ServiceStatus>")
                .append("<StatusStartingTime>2025-06-01T00:00:00Z</StatusStartingTime>")
                .append("</ServiceInformation></TSPService>").toString();
    }

    /** A pointer to a territory's list, of a MIME type, naming the certificates it is signed with. */
    public TestList pointer(String location, String pointedTerritory, String mimeType, X509Certificate... signers) {
        StringBuilder xml = new StringBuilder("<OtherTSLPointer><ServiceDigitalIdentities>");
        for (X509Certificate signer : signers) {
            xml.append("<ServiceDigitalIdentity><DigitalId><X509Certificate>").append(base64(signer))
                    .append("</X509Certificate></DigitalId></ServiceDigitalIdentity>");
        }
        xml.append("</ServiceDigitalIdentities><TSLLocation>").append(location).append("</TSLLocation>")
                .append("<AdditionalInformation>")
                .append("<OtherInformation><TSLType>").append(GENERIC).append("</TSLType></OtherInformation>")
                .append("<OtherInformation><SchemeTerritory>").append(pointedTerritory).append("</SchemeTerritory></OtherInformation>")
                .append("<OtherInformation><add:MimeType>").append(mimeType).append("</add:MimeType></OtherInformation>")
                .append("</AdditionalInformation></OtherTSLPointer>");
        pointers.add(xml.toString());
        return this;
    }

    public String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<TrustServiceStatusList xmlns=\"").append(NS_TSL).append("\" xmlns:add=\"")
                .append(NS_ADDITIONAL_TYPES).append("\" Id=\"tsl\" TSLTag=\"http://uri.etsi.org/19612/TSLTag\">")
                .append("<SchemeInformation>")
                .append("<TSLVersionIdentifier>6</TSLVersionIdentifier>")
                .append("<TSLSequenceNumber>").append(sequenceNumber).append("</TSLSequenceNumber>")
                .append("<TSLType>").append(type).append("</TSLType>")
                .append("<SchemeOperatorName><Name xml:lang=\"en\">Operator of ").append(territory).append("</Name></SchemeOperatorName>")
                .append("<SchemeTerritory>").append(territory).append("</SchemeTerritory>")
                .append("<HistoricalInformationPeriod>65535</HistoricalInformationPeriod>");
        if (!pointers.isEmpty()) {
            xml.append("<PointersToOtherTSL>");
            pointers.forEach(xml::append);
            xml.append("</PointersToOtherTSL>");
        }
        xml.append("<ListIssueDateTime>2026-01-15T10:00:00Z</ListIssueDateTime>")
                .append(nextUpdate)
                .append("</SchemeInformation>");
        if (!providers.isEmpty()) {
            xml.append("<TrustServiceProviderList>");
            providers.forEach(xml::append);
            xml.append("</TrustServiceProviderList>");
        }
        return xml.append("</TrustServiceStatusList>").toString();
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
