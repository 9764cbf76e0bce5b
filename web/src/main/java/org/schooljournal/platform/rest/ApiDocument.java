package org.schooljournal.platform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the scan of the resources cannot say in the document at {@code /openapi}: the RFC 9457
 * {@link Problem} every refusal and error answers, as the schema and the response {@code Problem}.
 * Payara reads this model before it scans (named by {@code mp.openapi.model.reader} in the EJB
 * module's {@code META-INF/microprofile-config.properties}).
 */
public class ApiDocument implements OASModelReader {
    /** The name of the schema and of the response. */
    static final String PROBLEM = "Problem";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI()
                .components(
                        OASFactory.createComponents()
                                .addSchema(PROBLEM, problem())
                                .addSchema("FieldError", fieldError())
                                .addResponse(PROBLEM, problemResponse()));
    }

    private static APIResponse problemResponse() {
        MediaType problem = OASFactory.createMediaType().schema(reference(PROBLEM));
        return OASFactory.createAPIResponse()
                .description("A refusal or an error (4xx, 5xx) in the caller's language")
                .content(
                        OASFactory.createContent()
                                .addMediaType("application/problem+json", problem));
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description(
                        "An RFC 9457 problem detail (application/problem+json): what went wrong,"
                                + " in words, never a stack trace")
                .addProperty("type", text("always about:blank: the status says what kind"))
                .addProperty("title", text("the status's reason phrase"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(SchemaType.INTEGER)
                                .description("the HTTP status code"))
                .addProperty("detail", text("what went wrong, in the caller's language"))
                .addProperty(
                        "current",
                        text("a refused conflicting write (409): what is stored now, to show"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(SchemaType.ARRAY)
                                .description("refused input (400): the fields at fault")
                                .items(reference("FieldError")))
                .addRequired("type")
                .addRequired("title")
                .addRequired("status");
    }

    private static Schema fieldError() {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("A field of the request at fault")
                .addProperty(
                        "field",
                        text(
                                "as the caller wrote it: a body's member (periods[0].startsOn),"
                                        + " a parameter's name, or body"))
                .addProperty("message", text("what is wrong, in the caller's language"))
                .addRequired("field")
                .addRequired("message");
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }

    private static Schema reference(String schema) {
        return OASFactory.createSchema().ref(schema);
    }
}
