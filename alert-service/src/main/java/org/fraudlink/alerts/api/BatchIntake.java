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
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

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
        ItemResult[] results = new ItemResult[items.size()];
        List<Integer> positions = new ArrayList<>();
        List<WarningService.Checked> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                checked.add(warnings.check(read(items.get(i), "items[" + i + "]").toNewWarning()));
                positions.add(i);
            } catch (ProblemException e) {
                results[i] = refused(externalId(items.get(i)), e);
            }
        }
        try {
            List<WarningService.Intake> intakes = QuarkusTransaction.requiringNew()
                    .call(() -> warnings.submitAll(caller, checked));
            for (int k = 0; k < intakes.size(); k++) {
                results[positions.get(k)] = stored(intakes.get(k));
            }
        } catch (PersistenceException | ProblemException sameLeadAtOnce) {
            // another request stored one of these leads meanwhile: the whole batch rolled back, so each lead is now
            // stored (or found) on its own
            for (int k = 0; k < checked.size(); k++) {
                results[positions.get(k)] = submitOne(caller, checked.get(k));
            }
        }
        return new Results(List.of(results));
    }

    private ItemResult submitOne(Caller caller, WarningService.Checked lead) {
        try {
            return stored(QuarkusTransaction.requiringNew().call(() -> warnings.submit(caller, lead.lead())));
        } catch (PersistenceException sameLeadAtOnce) {
            return stored(QuarkusTransaction.requiringNew().call(() -> warnings.submit(caller, lead.lead())));
        } catch (ProblemException e) {
            return refused(lead.lead().externalId(), e);
        }
    }

    private static ItemResult stored(WarningService.Intake intake) {
        return new ItemResult(intake.warning().externalId, intake.created() ? 201 : 200, intake.warning().id, null);
    }

    private static ItemResult refused(String externalId, ProblemException e) {
        return new ItemResult(externalId, e.type().status(), null,
                new ItemProblem(e.type().uri(), e.type().title(), e.getMessage(), e.errors()));
    }

    private static String externalId(JsonNode item) {
        return item.path("externalId").isTextual() ? item.path("externalId").asText() : null;
    }

    /** ".victim.region" for the JSON path the mismatch is at. */
    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            path.append(reference.getFieldName() != null ? "." + reference.getFieldName()
                    : "[" + reference.getIndex() + "]");
        }
        return path.toString();
    }

    private WarningRequest read(JsonNode item, String path) {
        WarningRequest request;
        try {
            request = mapper.treeToValue(item, WarningRequest.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof MismatchedInputException mismatch ? path + fieldPath(mismatch) : path;
            ProblemType type = e instanceof UnrecognizedPropertyException ? ProblemType.UNKNOWN_FIELD
                    : e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                            && invalid.getTargetType().isEnum() ? ProblemType.UNKNOWN_VALUE
                    : e instanceof MismatchedInputException ? ProblemType.WRONG_TYPE : ProblemType.VALIDATION;
            throw new ProblemException(type, field + ": " + e.getOriginalMessage(),
                    List.of(new FieldError(field, e.getOriginalMessage())));
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
