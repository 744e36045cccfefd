package org.buyonce.commons.problem;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;

/**
 * When a JSON body does not bind, answers with every bad field it holds rather than the first one the parser met
 * ({@link FieldByFieldCheck}). The body is kept as it is read (it is bounded by {@code buyonce.http.max-json-body-bytes})
 * so that it can be checked again; a body that binds costs nothing more.
 */
@Provider
public class EveryBadField implements ReaderInterceptor {

    private static final Logger LOG = Logger.getLogger(EveryBadField.class);

    private final ObjectMapper mapper;
    private final Validator validator;
    private final int maxJsonBytes;

    public EveryBadField(ObjectMapper mapper, Validator validator,
            @ConfigProperty(name = "buyonce.http.max-json-body-bytes", defaultValue = "262144") int maxJsonBytes) {
        this.mapper = mapper;
        this.validator = validator;
        this.maxJsonBytes = maxJsonBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        InputStream stream = context.getInputStream();
        byte[] body = stream.readNBytes(maxJsonBytes + 1);
        if (body.length > maxJsonBytes) {
            // Too long to keep: the parser refuses it as it reads on.
            context.setInputStream(new SequenceInputStream(new ByteArrayInputStream(body), stream));
            return context.proceed();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonMappingException | WebApplicationException e) {
            List<FieldError> all = everyBadField(e, body, context);
            if (all.size() < 2) {
                throw e; // one bad field: the parser's own answer names it
            }
            throw ProblemException.invalid(all);
        }
    }

    private List<FieldError> everyBadField(Exception failure, byte[] body, ReaderInterceptorContext context) {
        Throwable cause = failure instanceof WebApplicationException ? failure.getCause() : failure;
        if (!(cause instanceof JsonMappingException) || cause.getCause() instanceof StreamConstraintsException) {
            return List.of();
        }
        JsonNode tree;
        try {
            // Numbers kept exact, as the strict parser reads them: 1e100000 is refused as out of range, not infinite.
            tree = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (IOException e) {
            return List.of();
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of();
        }
        try {
            return FieldByFieldCheck.of(mapper, validator, tree, mapper.constructType(context.getGenericType()));
        } catch (RuntimeException e) {
            // The fuller answer is a courtesy: should the check itself fail, the parser's own answer stands.
            LOG.debugf(e, "could not check the body field by field");
            return List.of();
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
