package org.openpathways.applications.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.DemoPeople;
import org.openpathways.accounts.Role;
import org.openpathways.applications.Actor;
import org.openpathways.applications.AppealOutcome;
import org.openpathways.applications.Appeals;
import org.openpathways.applications.ApplicationDetails;
import org.openpathways.applications.ApplicationDetails.FamilyMember;
import org.openpathways.applications.ApplicationDetails.FeeChoice;
import org.openpathways.applications.ApplicationDetails.Job;
import org.openpathways.applications.ApplicationDetails.Person;
import org.openpathways.applications.ApplicationDetails.Sex;
import org.openpathways.applications.ApplicationView;
import org.openpathways.applications.Applications;
import org.openpathways.applications.Casework;
import org.openpathways.applications.Decisions;
import org.openpathways.applications.Recommendation;
import org.openpathways.applications.persistence.ApplicationRecords;
import org.openpathways.documents.DocumentPurpose;
import org.openpathways.documents.Documents;
import org.openpathways.documents.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: applications in every state, so that each role's queue shows real work. The demo applicant (Amina) has a
 * draft, one application waiting for her answer, one refused that she can appeal and one approved; the other demo
 * applicants' applications fill the caseworker's queue (some near or past their deadline), the supervisor's approvals
 * and the reviewer's appeals. Everything goes through the same services as real use, so it is audited and its
 * e-mails reach the demo mailbox. Loaded once: nothing is added when the demo applicant already has applications.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoApplications implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoApplications.class);
    private static final String SEASONAL = "seasonal-agricultural-work";
    private static final String SKILLED = "skilled-work-single-permit";
    private static final String FAMILY = "family-reunification";
    private static final String STUDY = "study";
    private static final String REGULARIZATION = "regularization-programme-2026";

    private final DemoPeople people;
    private final Applications applications;
    private final Casework casework;
    private final Decisions decisions;
    private final Appeals appealsService;
    private final Documents documents;
    private final ApplicationRecords records;
    private final TransactionTemplate transactions;

    DemoApplications(
            DemoPeople people,
            Applications applications,
            Decisions decisions,
            Documents documents,
            ApplicationRecords records,
            TransactionTemplate transactions,
            Appeals appealsService,
            Casework casework) {
        this.people = people;
        this.applications = applications;
        this.casework = casework;
        this.decisions = decisions;
        this.appealsService = appealsService;
        this.documents = documents;
        this.records = records;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            load();
        } catch (RuntimeException failed) {
            // The platform still starts: a demonstration without some of its applications is better than none.
            LOG.warn(
                    "Demo applications could not all be loaded: {}",
                    failed.getClass().getSimpleName());
        }
    }

    private void load() {
        var amina = people.applicant();
        var caseworker = people.caseworker();
        var supervisor = people.supervisor();
        var reviewer = people.reviewer();
        List<UUID> others = people.otherApplicants();
        if (amina.isEmpty()
                || caseworker.isEmpty()
                || supervisor.isEmpty()
                || reviewer.isEmpty()
                || others.size() < 5) {
            return;
        }
        Actor applicant = applicant(amina.get());
        if (!applications.own(applicant).isEmpty()) {
            return;
        }
        Actor officer = new Actor(caseworker.get(), Set.of(Role.CASEWORKER));
        Actor checker = new Actor(supervisor.get(), Set.of(Role.SUPERVISOR));
        Actor appeals = new Actor(reviewer.get(), Set.of(Role.REVIEWER));

        // Amina: a draft, a question to answer, a refusal she can appeal, an approval.
        draft(applicant, FAMILY, person("Amina Haddad", "1991-02-14", Sex.FEMALE, "JO"), null);
        String asked = assessed(
                applicant,
                officer,
                SKILLED,
                person("Amina Haddad", "1991-02-14", Sex.FEMALE, "JO"),
                job("Green Valley Farms", "40", "3400", "care"),
                0);
        casework.requestInformation(
                officer,
                asked,
                "Please add your employment contract, signed by you and the"
                        + " employer, to your documents, and tell us its name here.");
        String refused = assessed(
                applicant,
                officer,
                SEASONAL,
                person("Amina Haddad", "1991-02-14", Sex.FEMALE, "JO"),
                job("Green Valley Farms", "38", "1950", "agriculture"),
                0);
        decisions.recommend(
                officer,
                refused,
                new Recommendation(
                        Recommendation.Outcome.REFUSE, List.of("1"), List.of("insufficient-evidence"), null));
        decisions.approveRefusal(checker, refused);
        String approved =
                assessed(applicant, officer, STUDY, person("Amina Haddad", "1991-02-14", Sex.FEMALE, "JO"), null, 0);
        decisions.recommend(
                officer, approved, new Recommendation(Recommendation.Outcome.APPROVE, List.of(), List.of(), null));

        // The others: every step of the queue.
        Actor moussa = applicant(others.get(0));
        Actor maria = applicant(others.get(1));
        Actor omar = applicant(others.get(2));
        Actor grace = applicant(others.get(3));
        Actor lan = applicant(others.get(4));
        submitted(
                moussa,
                SEASONAL,
                person("Moussa Diop", "1995-04-12", Sex.MALE, "SN"),
                job("Ferme du Soleil", "38", "1950", "agriculture"),
                70);
        submitted(maria, REGULARIZATION, person("María Flores", "1988-09-30", Sex.FEMALE, "HN"), null, 5);
        String screening = submitted(
                omar,
                SKILLED,
                person("Omar Khalil", "1985-12-01", Sex.MALE, "EG"),
                job("City Hospital", "40", "3900", "care"),
                85);
        casework.take(officer, screening);
        assessed(grace, officer, STUDY, person("Grace Mwangi", "2003-06-21", Sex.FEMALE, "KE"), null, 20);
        String awaiting = assessed(
                lan,
                officer,
                SEASONAL,
                person("Tran Thi Lan", "1999-03-08", Sex.FEMALE, "VN"),
                job("Ferme du Soleil", "38", "1950", "agriculture"),
                10);
        decisions.recommend(
                officer,
                awaiting,
                new Recommendation(
                        Recommendation.Outcome.REFUSE,
                        List.of("1"),
                        List.of(),
                        "The nationality is not covered by the agreement."));
        String appealed =
                assessed(moussa, officer, STUDY, person("Moussa Diop", "1995-04-12", Sex.MALE, "SN"), null, 40);
        decisions.recommend(
                officer,
                appealed,
                new Recommendation(Recommendation.Outcome.REFUSE, List.of(), List.of("insufficient-evidence"), null));
        decisions.approveRefusal(checker, appealed);
        appealsService.appeal(moussa, appealed, "My letter of admission was in my documents; I add it again.", null);
        String withdrawn = submitted(maria, STUDY, person("María Flores", "1988-09-30", Sex.FEMALE, "HN"), null, 3);
        applications.withdraw(maria, withdrawn, null);
        String overturned = assessed(
                grace,
                officer,
                SEASONAL,
                person("Grace Mwangi", "2003-06-21", Sex.FEMALE, "KE"),
                job("Ferme du Soleil", "38", "1950", "agriculture"),
                30);
        decisions.recommend(
                officer,
                overturned,
                new Recommendation(Recommendation.Outcome.REFUSE, List.of(), List.of("insufficient-evidence"), null));
        decisions.approveRefusal(checker, overturned);
        appealsService.appeal(grace, overturned, "The contract was signed before the deadline.", null);
        appealsService.takeAppeal(appeals, overturned);
        appealsService.decideAppeal(
                appeals, overturned, AppealOutcome.SENT_BACK, "The signed contract must be assessed.");
    }

    private static Actor applicant(UUID account) {
        return new Actor(account, EnumSet.of(Role.APPLICANT));
    }

    private String draft(Actor applicant, String pathway, Person person, @Nullable Job job) {
        ApplicationView view = applications.start(applicant, pathway);
        applications.save(applicant, view.reference(), null, details(applicant, pathway, person, job, false));
        return view.reference();
    }

    /** Submitted {@code daysAgo} days ago, so that the queue shows deadlines near and past. */
    private String submitted(Actor applicant, String pathway, Person person, @Nullable Job job, int daysAgo) {
        ApplicationView view = applications.start(applicant, pathway);
        applications.save(applicant, view.reference(), null, details(applicant, pathway, person, job, true));
        applications.submit(applicant, view.reference(), null);
        if (daysAgo > 0) {
            transactions.executeWithoutResult(status -> records.backdate(view.reference(), daysAgo));
        }
        return view.reference();
    }

    private String assessed(
            Actor applicant, Actor officer, String pathway, Person person, @Nullable Job job, int daysAgo) {
        String reference = submitted(applicant, pathway, person, job, daysAgo);
        casework.take(officer, reference);
        casework.startAssessment(officer, reference);
        return reference;
    }

    private ApplicationDetails details(
            Actor applicant, String pathway, Person person, @Nullable Job job, boolean complete) {
        Map<String, UUID> attached = new java.util.LinkedHashMap<>();
        if (complete) {
            var terms = applications.terms(pathway).orElseThrow();
            for (String code : terms.documentCodes()) {
                attached.put(code, upload(applicant, code));
            }
        }
        boolean family = pathway.equals(FAMILY);
        return new ApplicationDetails(
                person,
                job,
                family ? new FamilyMember("Karim Haddad", LocalDate.of(1988, 7, 3)) : null,
                family ? List.of(new FamilyMember("Lina Haddad", LocalDate.of(2017, 5, 9))) : List.of(),
                attached,
                new FeeChoice("DEMO-RECEIPT-" + pathway.length(), null),
                job != null);
    }

    private UUID upload(Actor applicant, String code) {
        var requester = new Requester(applicant.account(), Set.of(Role.APPLICANT.name()));
        return documents
                .upload(requester, DocumentPurpose.OTHER, code + ".pdf", new ByteArrayInputStream(samplePdf(code)))
                .id()
                .value();
    }

    private static Person person(String name, String birthDate, Sex sex, String nationality) {
        return new Person(
                name,
                LocalDate.parse(birthDate),
                sex,
                nationality,
                nationality,
                null,
                LocalDate.of(2019, 3, 1),
                36,
                null,
                null);
    }

    private static Job job(String employer, String hours, String wage, String sector) {
        return new Job(employer, new BigDecimal(hours), new BigDecimal(wage), "EUR", 6, sector, "6111");
    }

    /** A one-page PDF that says it is a demonstration document. */
    private static byte[] samplePdf(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("OpenPathways demonstration document: " + code + ". Not a real document."));
        document.close();
        return out.toByteArray();
    }
}
