package org.openpathways.pathways.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.ApplicationWindow;
import org.openpathways.pathways.CataloguePage;
import org.openpathways.pathways.DecisionTime;
import org.openpathways.pathways.LocalizedFee;
import org.openpathways.pathways.PathwayDetails;
import org.openpathways.pathways.PathwaySummary;
import org.openpathways.pathways.PermitRights;
import org.openpathways.platform.i18n.Language;

/** The JSON the public catalogue API sends. Field names and codes are part of the API's contract. */
final class CatalogueJson {

    private CatalogueJson() {}

    @Schema(name = "PathwayPage", description = "One page of published pathways, in one language")
    record Page(
            @Schema(description = "Language of the texts", example = "fr")
            String language,

            @Schema(description = "Page number, from 1") int page,
            @Schema(description = "Pathways per page") int size,

            @Schema(description = "Published pathways matching the filter, on all pages")
            long totalItems,

            int totalPages,
            List<Summary> items) {

        static Page of(CataloguePage page, Language language) {
            return new Page(
                    language.code(),
                    page.page(),
                    page.size(),
                    page.totalItems(),
                    page.totalPages(),
                    page.items().stream().map(Summary::of).toList());
        }
    }

    @Schema(name = "PathwaySummary", description = "A published pathway as the catalogue lists it")
    record Summary(
            @Schema(description = "Stable code of the pathway", example = "skilled-work-single-permit")
            String code,

            @Schema(description = "Published version") int version,

            @Schema(
                    description = "Kind of pathway",
                    allowableValues = {
                        "labour",
                        "family",
                        "study",
                        "humanitarian-climate",
                        "regularization",
                        "free-movement",
                        "temporary-protection"
                    })
            String category,

            String title,
            String summary,
            Decision decisionTime,
            List<Amount> fees) {

        static Summary of(PathwaySummary pathway) {
            return new Summary(
                    pathway.code(),
                    pathway.version(),
                    pathway.category().code(),
                    pathway.title(),
                    pathway.summary(),
                    Decision.of(pathway.decisionTime(), null),
                    pathway.fees().stream().map(Amount::of).toList());
        }
    }

    @Schema(name = "Pathway", description = "Everything about a published pathway, in one language")
    record Pathway(
            String code,
            int version,

            @Schema(description = "Language of the texts", example = "ar")
            String language,

            String category,
            String title,
            String summary,

            @Schema(description = "Conditions a person must meet")
            List<String> whoCanApply,

            @Schema(description = "Documents to send") List<String> documents,

            @Schema(description = "Fees; empty when applying is free")
            List<Amount> fees,

            @Schema(description = "Who pays nothing") List<String> feeWaivers,
            Decision decisionTime,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "When applications are accepted; absent when at any time")
            @Nullable
            Window applicationWindow,

            Permit permit) {

        static Pathway of(PathwayDetails pathway) {
            var text = pathway.text();
            var permit = pathway.permit();
            return new Pathway(
                    pathway.code(),
                    pathway.version(),
                    pathway.language().code(),
                    pathway.category().code(),
                    text.title(),
                    text.summary(),
                    text.whoCanApply(),
                    text.documents(),
                    pathway.fees().stream().map(Amount::of).toList(),
                    text.feeWaivers(),
                    Decision.of(pathway.decisionTime(), text.decisionExtension()),
                    Window.of(pathway.applicationWindow()),
                    new Permit(
                            text.permitName(),
                            permit.validityMonths(),
                            permit.renewable(),
                            Rights.of(permit.rights()),
                            text.permitConditions()));
        }
    }

    @Schema(name = "DecisionTime", description = "Statutory time to decide a complete application")
    record Decision(
            int days,

            @Schema(allowableValues = {"calendar", "working"})
            String dayCount,

            @Schema(description = "Days the authority may add; 0 when it may not")
            int extensionDays,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "When the time may be extended (single pathway only)")
            @Nullable
            String extension) {

        static Decision of(DecisionTime time, @Nullable String extension) {
            return new Decision(time.days(), time.count().code(), time.extensionDays(), extension);
        }
    }

    @Schema(name = "Fee")
    record Amount(
            String code,
            String name,
            @Schema(example = "120.00") BigDecimal amount,

            @Schema(description = "ISO 4217 currency code", example = "EUR")
            String currency) {

        static Amount of(LocalizedFee fee) {
            return new Amount(fee.code(), fee.name(), fee.amount(), fee.currency());
        }
    }

    @Schema(name = "ApplicationWindow", description = "First and last day applications are accepted")
    record Window(
            @Schema(example = "2026-09-01") String opens,
            @Schema(example = "2027-08-31") String closes) {

        static @Nullable Window of(@Nullable ApplicationWindow window) {
            return window == null
                    ? null
                    : new Window(window.opens().toString(), window.closes().toString());
        }
    }

    @Schema(name = "Permit", description = "The permit granted and its rights")
    record Permit(String name, int validityMonths, boolean renewable, Rights rights, List<String> conditions) {}

    @Schema(name = "PermitRights")
    record Rights(
            boolean workAllowed,

            @Schema(allowableValues = {"none", "employer", "sector"})
            String workTiedTo,

            boolean familyMayJoin,
            boolean longTermResidence,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Months of legal stay before long-term residence; absent when none")
            @Nullable
            Integer longTermResidenceAfterMonths) {

        static Rights of(PermitRights rights) {
            return new Rights(
                    rights.workAllowed(),
                    rights.workTie().code(),
                    rights.familyMayJoin(),
                    rights.leadsToLongTermResidence(),
                    rights.longTermResidenceAfterMonths());
        }
    }
}
