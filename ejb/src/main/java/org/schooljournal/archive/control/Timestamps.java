package org.schooljournal.archive.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collection;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 time-stamp tokens over archive checkpoints (R-P04, issue 10 item 4): a third party's
 * signed statement that the checkpoint note existed at its time, so even the holder of the server's
 * key cannot later sign a back-dated checkpoint unnoticed. Pure: the request to send, the token out
 * of the authority's reply, and the check of a token against the note's bytes. The JCA's own
 * providers verify the signature (no BouncyCastle provider is registered).
 */
public final class Timestamps {
    /** A token that holds: when the authority stamped, who it is, and its serial number. */
    public record Verified(Instant time, String authority, BigInteger serial) {}

    private Timestamps() {}

    /** A request for a token over the SHA-256 of {@code data}, asking for the TSA's certificate. */
    public static TimeStampRequest request(byte[] data, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(NISTObjectIdentifiers.id_sha256, sha256(data), nonce);
    }

    /**
     * The token (DER) of the authority's reply to {@code request}.
     *
     * @throws IllegalArgumentException when the reply is not a granted token for that request
     */
    public static byte[] token(TimeStampRequest request, byte[] reply) {
        try {
            TimeStampResponse response = new TimeStampResponse(reply);
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IllegalArgumentException(
                        "time-stamp refused: status "
                                + response.getStatus()
                                + " "
                                + response.getStatusString());
            }
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalArgumentException("not a time-stamp reply: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a token against the bytes it stamps: the SHA-256 imprint is theirs and the token is
     * signed by the certificate it carries, which the authority holds for time-stamping (RFC 3161
     * 2.3) and which was valid at the stamped time. Whether that certificate is the authority one
     * trusts is the reader's judgement: the subject is returned (and {@code openssl ts -verify
     * -CAfile} checks the chain).
     *
     * @throws IllegalArgumentException naming what fails
     */
    public static Verified verify(byte[] token, byte[] data) {
        TimeStampToken t;
        try {
            t = new TimeStampToken(new CMSSignedData(token));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a time-stamp token: " + e.getMessage(), e);
        }
        var info = t.getTimeStampInfo();
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
                || !MessageDigest.isEqual(sha256(data), info.getMessageImprintDigest())) {
            throw new IllegalArgumentException("the token stamps other bytes");
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = t.getCertificates().getMatches(t.getSID());
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("the token carries no certificate of its signer");
        }
        X509CertificateHolder signer = certificates.iterator().next();
        try {
            t.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
        } catch (TSPException
                | OperatorCreationException
                | java.security.cert.CertificateException e) {
            throw new IllegalArgumentException("the token's signature fails: " + e.getMessage(), e);
        }
        return new Verified(
                info.getGenTime().toInstant(),
                signer.getSubject().toString(),
                info.getSerialNumber());
    }

    static byte[] sha256(byte[] data) {
        return MerkleLog.sha256().digest(data);
    }
}
