package org.passerelle.rest.internal.json;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.ws.rs.Consumes;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.Provider;

/**
 * A form's body (one of the request records in {@code dto}) sent as anything but JSON. The operations accept every
 * media type when they are matched ({@code @Consumes} lists the wildcard), so that who calls and what they may do are
 * judged first (issue 9: 401, then 403, then 404, and only then the body); the body is then refused here,
 * {@code 415 unsupported-media-type}, quietly (without this reader CXF logs an ERROR line for every such request,
 * which anonymous clients could use to flood the log).
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class UnsupportedMediaTypeReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("org.passerelle.rest.internal.dto.") && !isJson(mediaType);
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) {
        throw new javax.ws.rs.NotSupportedException(); // 415, answered as problem+json by WebApplicationExceptionMapper
    }
}
