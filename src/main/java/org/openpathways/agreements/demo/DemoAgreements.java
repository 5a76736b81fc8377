package org.openpathways.agreements.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openpathways.agreements.AgreementKind;
import org.openpathways.agreements.AgreementStatus;
import org.openpathways.agreements.AgreementTerms;
import org.openpathways.agreements.Agreements;
import org.openpathways.agreements.QuotaTerms;
import org.openpathways.agreements.Quotas;
import org.openpathways.platform.i18n.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: the seasonal agriculture agreement with Senegal and Morocco, whose 2027 quota has some places taken, and
 * the regional free-movement protocol, which sets no quota. Safe at every start: an agreement already there is left as
 * it is, and allocating again for the same demo reference takes no place.
 */
@Component
@Order(15)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoAgreements implements ApplicationRunner {

    static final String SEASONAL_QUOTA = "seasonal-agriculture-2027";
    static final int PLACES_TAKEN = 48;

    private final Agreements agreements;
    private final Quotas quotas;
    private final TransactionTemplate transactions;

    DemoAgreements(Agreements agreements, Quotas quotas, TransactionTemplate transactions) {
        this.agreements = agreements;
        this.quotas = quotas;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (AgreementTerms terms : List.of(seasonalAgriculture(), regionalFreeMovement())) {
            if (agreements.any(terms.code()).isEmpty()) {
                agreements.create(terms);
            }
        }
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= PLACES_TAKEN; i++) {
                quotas.allocate(SEASONAL_QUOTA, "demo-seasonal-%03d".formatted(i));
            }
        });
    }

    static AgreementTerms seasonalAgriculture() {
        return new AgreementTerms(
                "seasonal-agriculture",
                AgreementKind.BILATERAL,
                Map.of(
                        Language.ENGLISH, "Agreement on seasonal agricultural work",
                        Language.FRENCH, "Accord sur le travail agricole saisonnier",
                        Language.SPANISH, "Acuerdo sobre el trabajo agrícola de temporada",
                        Language.ARABIC, "اتفاقية العمل الزراعي الموسمي"),
                List.of("SN", "MA"),
                List.of("agriculture"),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2029, 12, 31),
                Map.of(
                        Language.ENGLISH,
                        List.of(
                                "You are paid the same as local workers doing the same work, and at least the wage in"
                                        + " your contract.",
                                "Your employer pays for your travel and recruitment; nobody may charge you a fee to get"
                                        + " the job.",
                                "Your employer may not keep your passport or identity documents.",
                                "You may change to another employer taking part in the agreement without a new"
                                        + " application."),
                        Language.FRENCH,
                        List.of(
                                "Vous êtes payé comme les travailleurs locaux qui font le même travail, et au moins le"
                                        + " salaire prévu par votre contrat.",
                                "Votre employeur paie votre voyage et votre recrutement ; personne ne peut vous faire"
                                        + " payer pour obtenir l'emploi.",
                                "Votre employeur ne peut pas garder votre passeport ni vos papiers d'identité.",
                                "Vous pouvez changer pour un autre employeur participant à l'accord sans nouvelle"
                                        + " demande."),
                        Language.SPANISH,
                        List.of(
                                "Cobra lo mismo que los trabajadores locales que hacen el mismo trabajo, y al menos el"
                                        + " salario de su contrato.",
                                "Su empleador paga su viaje y su contratación; nadie puede cobrarle por conseguir el"
                                        + " empleo.",
                                "Su empleador no puede quedarse con su pasaporte ni sus documentos de identidad.",
                                "Puede cambiar a otro empleador que participe en el acuerdo sin una nueva solicitud."),
                        Language.ARABIC,
                        List.of(
                                "تتقاضى الأجر نفسه الذي يتقاضاه العمّال المحليون عن العمل نفسه، وعلى الأقل الأجر المذكور"
                                        + " في عقدك.",
                                "يدفع صاحب العمل تكاليف سفرك وتوظيفك، ولا يحق لأحد أن يطلب منك مالًا للحصول على العمل.",
                                "لا يحق لصاحب العمل الاحتفاظ بجواز سفرك أو وثائق هويتك.",
                                "يمكنك الانتقال إلى صاحب عمل آخر مشارك في الاتفاقية دون طلب جديد.")),
                AgreementStatus.IN_FORCE,
                List.of(new QuotaTerms(
                        SEASONAL_QUOTA,
                        List.of("seasonal-agricultural-work"),
                        "agriculture",
                        List.of(),
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        500)));
    }

    static AgreementTerms regionalFreeMovement() {
        return new AgreementTerms(
                "regional-free-movement",
                AgreementKind.FREE_MOVEMENT_PROTOCOL,
                Map.of(
                        Language.ENGLISH, "Regional protocol on the free movement of persons",
                        Language.FRENCH, "Protocole régional sur la libre circulation des personnes",
                        Language.SPANISH, "Protocolo regional sobre la libre circulación de personas",
                        Language.ARABIC, "البروتوكول الإقليمي لحرية تنقل الأشخاص"),
                List.of("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "NE", "NG", "SN", "SL", "TG"),
                List.of(),
                LocalDate.of(2024, 5, 1),
                null,
                Map.of(
                        Language.ENGLISH,
                        List.of(
                                "Nationals of member states may enter and stay for up to 90 days without a visa.",
                                "They may live and work here in any sector, with the same working conditions as"
                                        + " nationals.",
                                "Their families may join them."),
                        Language.FRENCH,
                        List.of(
                                "Les ressortissants des États membres peuvent entrer et séjourner jusqu'à 90 jours"
                                        + " sans visa.",
                                "Ils peuvent vivre et travailler ici dans tout secteur, aux mêmes conditions de travail"
                                        + " que les nationaux.",
                                "Leur famille peut les rejoindre."),
                        Language.SPANISH,
                        List.of(
                                "Los nacionales de los Estados miembros pueden entrar y permanecer hasta 90 días sin"
                                        + " visado.",
                                "Pueden vivir y trabajar aquí en cualquier sector, con las mismas condiciones laborales"
                                        + " que los nacionales.",
                                "Sus familias pueden reunirse con ellos."),
                        Language.ARABIC,
                        List.of(
                                "يمكن لمواطني الدول الأعضاء الدخول والإقامة حتى 90 يومًا دون تأشيرة.",
                                "يمكنهم العيش والعمل هنا في أي قطاع، بشروط العمل نفسها المطبقة على المواطنين.",
                                "يمكن لأسرهم الالتحاق بهم.")),
                AgreementStatus.IN_FORCE,
                List.of());
    }
}
