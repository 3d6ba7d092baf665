package org.fraudlink.alerts.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.fraudlink.alerts.domain.WarningService;
import org.fraudlink.platform.problem.FieldError;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.security.Caller;

/**
 * A batch of leads, each read, checked and stored in its own transaction: a bad item answers its own problem and the
 * others are stored all the same; an item answered 201 or 200 is committed.
 */
@ApplicationScoped
public class BatchIntake {

    /** One result per item, in the order sent. */
    public record Results(List<ItemResult> items) {
    }

    /** {@code status} 201 (stored), 200 (sent before) or 400 ({@code problem} says why). */
    public record ItemResult(String externalId, int status, UUID id, ItemProblem problem) {
    }

    /** Why an item was refused, with the fields at fault. */
    public record ItemProblem(String type, String title, String detail, List<FieldError> errors) {
    }

    @Inject
    WarningService warnings;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public Results submit(Caller caller, List<JsonNode> items) {
        List<ItemResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(submitOne(caller, items.get(i), "items[" + i + "]"));
        }
        return new Results(results);
    }

    private ItemResult submitOne(Caller caller, JsonNode item, String path) {
        String externalId = item.path("externalId").isTextual() ? item.path("externalId").asText() : null;
        try {
            WarningRequest request = read(item, path);
            WarningService.Intake intake;
            try {
                intake = QuarkusTransaction.requiringNew().call(() -> warnings.submit(caller, request.toNewWarning()));
            } catch (PersistenceException sameLeadAtOnce) {
                // the same lead arrived twice at once: the unique constraint kept the other copy, which answers now
                intake = QuarkusTransaction.requiringNew().call(() -> warnings.submit(caller, request.toNewWarning()));
            }
            return new ItemResult(externalId, intake.created() ? 201 : 200, intake.warning().id, null);
        } catch (ProblemException e) {
            return new ItemResult(externalId, e.type().status(), null,
                    new ItemProblem(e.type().uri(), e.type().title(), e.getMessage(), e.errors()));
        }
    }

    private WarningRequest read(JsonNode item, String path) {
        WarningRequest request;
        try {
            request = mapper.treeToValue(item, WarningRequest.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.VALIDATION, path + ": " + e.getOriginalMessage(),
                    List.of(new FieldError(path, e.getOriginalMessage())));
        }
        Set<ConstraintViolation<WarningRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(path + "." + v.getPropertyPath(), v.getMessage())).toList();
            throw new ProblemException(ProblemType.VALIDATION, path + " is invalid", errors);
        }
        return request;
    }
}
