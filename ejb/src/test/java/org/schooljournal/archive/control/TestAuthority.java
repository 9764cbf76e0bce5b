package org.schooljournal.archive.control;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** A time-stamping authority in a test: a fresh P-256 key and its time-stamping certificate. */
final class TestAuthority {
    private final PrivateKey key;
    private final X509CertificateHolder certificate;
    private final AtomicLong serial = new AtomicLong();

    TestAuthority(String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        key = pair.getPrivate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X500Name subject = new X500Name("CN=" + name);
        certificate =
                new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.ONE,
                                Date.from(now.minus(1, ChronoUnit.DAYS)),
                                Date.from(now.plus(30, ChronoUnit.DAYS)),
                                subject,
                                pair.getPublic())
                        // RFC 3161 2.3: the one, critical, extended key usage of a TSA
                        .addExtension(
                                Extension.extendedKeyUsage,
                                true,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key));
    }

    /** The DER reply to a DER request, as the service sends it. */
    byte[] reply(byte[] request) throws Exception {
        TimeStampRequest parsed = new TimeStampRequest(request);
        TimeStampTokenGenerator tokens =
                new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder()
                                .build("SHA256withECDSA", key, certificate),
                        new JcaDigestCalculatorProviderBuilder()
                                .build()
                                .get(
                                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                                org.bouncycastle.asn1.oiw.OIWObjectIdentifiers
                                                        .idSHA1)),
                        new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new org.bouncycastle.util.CollectionStore<>(List.of(certificate)));
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(parsed, BigInteger.valueOf(serial.incrementAndGet()), new Date())
                .getEncoded();
    }
}
