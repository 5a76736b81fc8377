package org.openpathways.pathways.rules.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.rules.AgeBetween;
import org.openpathways.pathways.rules.AgeRange;
import org.openpathways.pathways.rules.AllOf;
import org.openpathways.pathways.rules.AnyOf;
import org.openpathways.pathways.rules.AreaListed;
import org.openpathways.pathways.rules.AreaPeriod;
import org.openpathways.pathways.rules.ChildAged;
import org.openpathways.pathways.rules.ChildCount;
import org.openpathways.pathways.rules.CountryIn;
import org.openpathways.pathways.rules.Criterion;
import org.openpathways.pathways.rules.DateBetween;
import org.openpathways.pathways.rules.DateCompare;
import org.openpathways.pathways.rules.DateReference;
import org.openpathways.pathways.rules.DocumentProvided;
import org.openpathways.pathways.rules.FeeSchedule;
import org.openpathways.pathways.rules.HasPartner;
import org.openpathways.pathways.rules.Money;
import org.openpathways.pathways.rules.Not;
import org.openpathways.pathways.rules.NumberCompare;
import org.openpathways.pathways.rules.OccupationIn;
import org.openpathways.pathways.rules.QuotaAvailable;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.pathways.rules.SectorIn;
import org.openpathways.pathways.rules.TimeSince;
import org.openpathways.pathways.rules.WageAtLeast;

/** A rule set as plain maps and lists in the document's shape, ready to be written as JSON. */
final class RuleWriter {

    private RuleWriter() {}

    static Map<String, Object> document(RuleSet rules) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (!rules.countryLists().isEmpty()) {
            document.put("countryLists", rules.countryLists());
        }
        if (!rules.areaLists().isEmpty()) {
            Map<String, Object> areas = new LinkedHashMap<>();
            rules.areaLists()
                    .forEach((name, periods) -> areas.put(
                            name, periods.stream().map(RuleWriter::period).toList()));
            document.put("areaLists", areas);
        }
        document.put("criteria", criterion(rules.criteria()));
        if (rules.fees() != null) {
            document.put("fees", fees(rules.fees()));
        }
        return document;
    }

    static Map<String, Object> criterion(Criterion criterion) {
        if (criterion instanceof AllOf all) {
            return Map.of(
                    "allOf", all.parts().stream().map(RuleWriter::criterion).toList());
        } else if (criterion instanceof AnyOf any) {
            return Map.of(
                    "anyOf", any.parts().stream().map(RuleWriter::criterion).toList());
        } else if (criterion instanceof Not not) {
            return Map.of("not", criterion(not.part()));
        } else if (criterion instanceof NumberCompare number) {
            return kind(
                    "number", "fact", number.fact().name(), number.comparison().code(), number.value());
        } else if (criterion instanceof DateCompare date) {
            return kind("date", "fact", date.fact().name(), date.order().code(), reference(date.reference()));
        } else if (criterion instanceof DateBetween between) {
            return kind(
                    "dateBetween",
                    "fact",
                    between.fact().name(),
                    "from",
                    between.from().toString(),
                    "to",
                    between.to().toString());
        } else if (criterion instanceof TimeSince since) {
            return kind(
                    "timeSince",
                    "since",
                    since.since().name(),
                    "years",
                    nonZero(since.years()),
                    "months",
                    nonZero(since.months()),
                    "at",
                    reference(since.at()));
        } else if (criterion instanceof AgeBetween age) {
            return age("age", age.range(), age.at());
        } else if (criterion instanceof ChildAged child) {
            return age("childAged", child.range(), child.at());
        } else if (criterion instanceof CountryIn country) {
            return kind(
                    "country",
                    "fact",
                    country.fact().name(),
                    "in",
                    nonEmpty(country.countries()),
                    "inLists",
                    nonEmpty(country.lists()));
        } else if (criterion instanceof AreaListed area) {
            return kind("areaListed", "list", area.list(), "on", reference(area.on()));
        } else if (criterion instanceof OccupationIn occupation) {
            return kind("occupation", "prefixes", occupation.prefixes());
        } else if (criterion instanceof SectorIn sector) {
            return kind("sector", "in", sector.sectors());
        } else if (criterion instanceof WageAtLeast wage) {
            return kind("wage", "atLeast", money(wage.threshold()));
        } else if (criterion instanceof ChildCount children) {
            return kind("children", "atLeast", children.atLeast(), "atMost", children.atMost());
        } else if (criterion instanceof HasPartner partner) {
            return Map.of("partner", partner.present());
        } else if (criterion instanceof DocumentProvided document) {
            return Map.of("document", document.document());
        }
        return Map.of("quota", ((QuotaAvailable) criterion).quota());
    }

    private static Map<String, Object> age(String kind, AgeRange range, DateReference at) {
        return kind(kind, "atLeast", range.atLeast(), "under", range.under(), "at", reference(at));
    }

    /** One criterion: its kind as the only key, and the body's members in the order given, absent ones left out. */
    private static Map<String, Object> kind(String kind, @Nullable Object... members) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            if (members[i + 1] != null) {
                body.put((String) members[i], members[i + 1]);
            }
        }
        return Map.of(kind, body);
    }

    private static Map<String, Object> fees(FeeSchedule fees) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("currency", fees.currency());
        document.put("base", fees.base());
        document.put("perAdult", fees.perAdult());
        document.put("perChild", fees.perChild());
        if (!fees.waivers().isEmpty()) {
            document.put(
                    "waivers",
                    fees.waivers().stream()
                            .map(waiver -> Map.of("code", waiver.code(), "when", criterion(waiver.when())))
                            .toList());
        }
        return document;
    }

    private static Map<String, Object> period(AreaPeriod period) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("area", period.area());
        document.put("from", period.from().toString());
        if (period.to() != null) {
            document.put("to", period.to().toString());
        }
        return document;
    }

    private static Map<String, Object> money(Money money) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("amount", money.amount());
        document.put("currency", money.currency());
        return document;
    }

    private static String reference(DateReference reference) {
        return reference instanceof DateReference.FixedDate fixed
                ? fixed.date().toString()
                : ((DateReference.FactDate) reference).fact().name();
    }

    private static @Nullable Integer nonZero(int number) {
        return number == 0 ? null : number;
    }

    private static @Nullable List<String> nonEmpty(List<String> codes) {
        return codes.isEmpty() ? null : codes;
    }
}
