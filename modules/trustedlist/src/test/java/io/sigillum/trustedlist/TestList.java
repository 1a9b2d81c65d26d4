package io.sigillum.trustedlist;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Writes the XML of a trusted list or list of trusted lists for the tests, before it is signed. */
final class TestList {

    static final String ISSUED = "2026-01-15T10:00:00Z";
    static final String NEXT_UPDATE = "2026-07-15T10:00:00Z";

    private long sequenceNumber = 7;
    private String type = TrustedListSpec.TSL_TYPE_EU_GENERIC;
    private String territory = "DE";
    private String nextUpdate = "<NextUpdate><dateTime>" + NEXT_UPDATE + "</dateTime></NextUpdate>";
    private final List<String> providers = new ArrayList<>();
    private final List<String> pointers = new ArrayList<>();

    static TestList generic() {
        return new TestList();
    }

    static TestList listOfLists() {
        TestList list = new TestList();
        list.type = TrustedListSpec.TSL_TYPE_EU_LIST_OF_THE_LISTS;
        list.territory = "EU";
        return list;
    }

    TestList sequenceNumber(long value) {
        sequenceNumber = value;
        return this;
    }

    TestList territory(String value) {
        territory = value;
        return this;
    }

    TestList closed() {
        nextUpdate = "<NextUpdate/>";
        return this;
    }

    TestList provider(String name, List<String> tradeNames, String... services) {
        StringBuilder xml = new StringBuilder("<TrustServiceProvider><TSPInformation><TSPName>")
                .append("<Name xml:lang=\"de\">").append(name).append(" (de)</Name>")
                .append("<Name xml:lang=\"en\">").append(name).append("</Name></TSPName>");
        if (!tradeNames.isEmpty()) {
            xml.append("<TSPTradeName>");
            tradeNames.forEach(t -> xml.append("<Name xml:lang=\"en\">").append(t).append("</Name>"));
            xml.append("</TSPTradeName>");
        }
        xml.append("<TSPAddress><PostalAddresses><PostalAddress xml:lang=\"en\"><StreetAddress>Street 1</StreetAddress>"
                + "<Locality>Berlin</Locality><CountryName>DE</CountryName></PostalAddress></PostalAddresses>"
                + "<ElectronicAddress><URI xml:lang=\"en\">mailto:tsp@example.test</URI></ElectronicAddress></TSPAddress>")
                .append("</TSPInformation><TSPServices>");
        for (String service : services) {
            xml.append(service);
        }
        providers.add(xml.append("</TSPServices></TrustServiceProvider>").toString());
        return this;
    }

    static String service(String type, String name, String status, String since, String... digitalIds) {
        StringBuilder xml = new StringBuilder("<TSPService><ServiceInformation>")
                .append("<ServiceTypeIdentifier>").append(type).append("</ServiceTypeIdentifier>")
                .append("<ServiceName><Name xml:lang=\"en\">").append(name).append("</Name></ServiceName>")
                .append("<ServiceDigitalIdentity>");
        for (String id : digitalIds) {
            xml.append("<DigitalId>").append(id).append("</DigitalId>");
        }
        return xml.append("</ServiceDigitalIdentity>")
                .append("<ServiceStatus>").append(status).append("</ServiceStatus>")
                .append("<StatusStartingTime>").append(since).append("</StatusStartingTime>")
                .append("</ServiceInformation></TSPService>").toString();
    }

    static String certificateId(X509Certificate certificate) {
        return "<X509Certificate>" + base64(certificate) + "</X509Certificate>";
    }

    static String subjectNameId(String name) {
        return "<X509SubjectName>" + name + "</X509SubjectName>";
    }

    static String skiId(byte[] ski) {
        return "<X509SKI>" + Base64.getEncoder().encodeToString(ski) + "</X509SKI>";
    }

    TestList pointer(String location, String pointedTerritory, String mimeType, X509Certificate... signers) {
        StringBuilder xml = new StringBuilder("<OtherTSLPointer><ServiceDigitalIdentities>");
        for (X509Certificate signer : signers) {
            xml.append("<ServiceDigitalIdentity><DigitalId>").append(certificateId(signer)).append("</DigitalId></ServiceDigitalIdentity>");
        }
        xml.append("</ServiceDigitalIdentities><TSLLocation>").append(location).append("</TSLLocation>")
                .append("<AdditionalInformation>")
                .append("<TextualInformation xml:lang=\"en\">The list of ").append(pointedTerritory).append("</TextualInformation>")
                .append("<OtherInformation><TSLType>").append(TrustedListSpec.TSL_TYPE_EU_GENERIC).append("</TSLType></OtherInformation>")
                .append("<OtherInformation><SchemeTerritory>").append(pointedTerritory).append("</SchemeTerritory></OtherInformation>")
                .append("<OtherInformation><add:MimeType>").append(mimeType).append("</add:MimeType></OtherInformation>")
                .append("</AdditionalInformation></OtherTSLPointer>");
        pointers.add(xml.toString());
        return this;
    }

    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<TrustServiceStatusList xmlns=\"").append(TrustedListSpec.NS_TSL).append("\" xmlns:add=\"")
                .append(TrustedListSpec.NS_ADDITIONAL_TYPES).append("\" Id=\"tsl\" TSLTag=\"http://uri.etsi.org/19612/TSLTag\">")
                .append("<SchemeInformation>")
                .append("<TSLVersionIdentifier>6</TSLVersionIdentifier>")
                .append("<TSLSequenceNumber>").append(sequenceNumber).append("</TSLSequenceNumber>")
                .append("<TSLType>").append(type).append("</TSLType>")
                .append("<SchemeOperatorName><Name xml:lang=\"de\">Bundesnetzagentur</Name>")
                .append("<Name xml:lang=\"en\">Federal Network Agency</Name></SchemeOperatorName>")
                .append("<SchemeTerritory>").append(territory).append("</SchemeTerritory>")
                .append("<HistoricalInformationPeriod>65535</HistoricalInformationPeriod>");
        if (!pointers.isEmpty()) {
            xml.append("<PointersToOtherTSL>");
            pointers.forEach(xml::append);
            xml.append("</PointersToOtherTSL>");
        }
        xml.append("<ListIssueDateTime>").append(ISSUED).append("</ListIssueDateTime>")
                .append(nextUpdate)
                .append("<DistributionPoints><URI>https://tl.example.test/").append(territory).append(".xml</URI></DistributionPoints>")
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
