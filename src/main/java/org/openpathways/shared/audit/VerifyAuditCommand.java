package org.openpathways.shared.audit;

import org.openpathways.shared.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@code java -jar openpathways.jar verify-audit}: exits with 0 when the chain is intact, 1 when it is broken. */
@Component
class VerifyAuditCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(VerifyAuditCommand.class);

    private final AuditReview review;

    VerifyAuditCommand(AuditReview review) {
        this.review = review;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public int run() {
        ChainVerification result = review.verify();
        if (result.intact()) {
            log.info(
                    "The audit trail is intact: {} entries; hash of the last one {}",
                    result.entries(),
                    result.headHash());
            return 0;
        }
        ChainBreak broken = result.firstBreak();
        log.error(
                "The audit trail is broken at entry {} ({}); the {} entries before it are intact",
                broken.sequence(),
                switch (broken.reason()) {
                    case ALTERED -> "altered: its content no longer matches its hash";
                    case DELETED -> "deleted: this sequence number is missing";
                    case INSERTED_OR_REORDERED -> "inserted or reordered: it does not link to the entry before it";
                },
                result.entries());
        return 1;
    }
}
