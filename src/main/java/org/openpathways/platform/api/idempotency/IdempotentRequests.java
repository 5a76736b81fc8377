package org.openpathways.platform.api.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemResponses;
import org.openpathways.platform.api.ProblemTypes;
import org.openpathways.platform.api.web.ApiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Carries out {@link Idempotent} requests once per caller and key. Before the handler runs, it opens a transaction and
 * claims the key by inserting its row; the handler's changes join that transaction; after the handler, a successful
 * response (still held back by the body-buffering filter) is written into the row and everything commits together.
 * Anything else rolls back, leaving no trace of the key. A concurrent request with the same key blocks on the
 * uncommitted row, waits briefly, and is refused with 409; a later one finds the committed row and gets its response.
 */
@Component
class IdempotentRequests implements HandlerInterceptor {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String IN_FLIGHT = IdempotentRequests.class.getName() + ".inFlight";

    private final IdempotencyRecords records;
    private final PlatformTransactionManager transactions;
    private final ProblemResponses problems;
    private final ApiProperties.Idempotency settings;
    private final Clock clock;

    IdempotentRequests(
            IdempotencyRecords records,
            PlatformTransactionManager transactions,
            ProblemResponses problems,
            ApiProperties properties,
            Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.problems = problems;
        this.settings = properties.idempotency();
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Idempotent idempotent =
                handler instanceof HandlerMethod method ? method.getMethodAnnotation(Idempotent.class) : null;
        if (idempotent == null || !HttpMethod.POST.matches(request.getMethod())) {
            return true;
        }
        String header = request.getHeader(KEY_HEADER);
        if (header == null) {
            if (idempotent.required()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.IDEMPOTENCY_KEY_MISSING);
            }
            return true;
        }
        IdempotencyKey key = IdempotencyKey.parse(header)
                .orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.IDEMPOTENCY_KEY_INVALID));
        ContentCachingResponseWrapper held = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        if (held == null) {
            throw new IllegalStateException("The response of an idempotent request is not held back");
        }
        String caller = caller();
        String fingerprint = RequestFingerprint.of(request);
        Instant now = clock.instant();
        Optional<Long> claimed = claim(caller, key, fingerprint, now, request);
        if (claimed.isPresent()) {
            return true;
        }
        IdempotencyRecords.Recorded recorded =
                records.find(caller, key.value(), now).orElseThrow(IdempotentRequests::inProgress);
        if (!recorded.requestHash().equals(fingerprint)) {
            throw ProblemException.unprocessable(ProblemTypes.IDEMPOTENCY_KEY_REUSED);
        }
        replay(recorded.response(), held);
        return false;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure)
            throws IOException {
        if (!(request.getAttribute(IN_FLIGHT) instanceof InFlight inFlight)) {
            return;
        }
        request.removeAttribute(IN_FLIGHT);
        TransactionStatus transaction = inFlight.transaction();
        ContentCachingResponseWrapper held = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        boolean succeeded = failure == null
                && held != null
                && HttpStatusCode.valueOf(held.getStatus()).is2xxSuccessful()
                && !transaction.isRollbackOnly();
        if (!succeeded) {
            transactions.rollback(transaction);
            return;
        }
        try {
            records.complete(inFlight.id(), StoredResponse.of(held));
            transactions.commit(transaction);
        } catch (RuntimeException commitFailed) {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            answerInstead(request, held, commitFailed);
        }
    }

    private Optional<Long> claim(
            String caller, IdempotencyKey key, String fingerprint, Instant now, HttpServletRequest request) {
        TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
        Optional<Long> claimed = Optional.empty();
        try {
            claimed = records.claim(
                    caller, key.value(), fingerprint, now, now.plus(settings.retention()), settings.concurrentWait());
            claimed.ifPresent(id -> request.setAttribute(IN_FLIGHT, new InFlight(id, transaction)));
            return claimed;
        } catch (DataAccessException failure) {
            if (waitedForTwin(failure)) {
                throw inProgress();
            }
            throw failure;
        } finally {
            if (claimed.isEmpty() && !transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
        }
    }

    private static void replay(StoredResponse stored, ContentCachingResponseWrapper held) throws IOException {
        held.setStatus(stored.status());
        stored.headers().forEach((name, values) -> values.forEach(value -> held.addHeader(name, value)));
        held.setHeader(REPLAYED_HEADER, "true");
        held.getOutputStream().write(stored.body());
    }

    /** The change did not commit after all: the held-back success must not reach the client. */
    private void answerInstead(HttpServletRequest request, ContentCachingResponseWrapper held, RuntimeException failure)
            throws IOException {
        held.reset();
        ProblemDetail problem;
        if (failure instanceof ConcurrencyFailureException) {
            problem = problems.problem(HttpStatus.CONFLICT, ProblemTypes.EDIT_CONFLICT, request);
        } else if (failure instanceof DataIntegrityViolationException) {
            problem = problems.problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, request);
        } else {
            String incident = UUID.randomUUID().toString();
            problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, request);
            problem.setProperty("incident", incident);
            log.error(
                    "Commit of an idempotent request failed: incident {} ({})",
                    incident,
                    failure.getClass().getName());
        }
        problems.write(held, problem);
    }

    /** PostgreSQL's lock_timeout (55P03) while the twin's uncommitted row held the key, however Spring named it. */
    private static boolean waitedForTwin(DataAccessException failure) {
        if (failure instanceof PessimisticLockingFailureException) {
            return true;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }

    private static ProblemException inProgress() {
        ProblemException busy = ProblemException.conflict(ProblemTypes.IDEMPOTENCY_KEY_IN_PROGRESS);
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return busy;
    }

    /** The signed-in account, or all anonymous callers together (their replays need the identical body). */
    static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        return "account:" + authentication.getName();
    }

    private record InFlight(long id, TransactionStatus transaction) {}
}
