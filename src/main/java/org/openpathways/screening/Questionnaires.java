package org.openpathways.screening;

import java.io.IOException;
import java.io.InputStream;
import org.openpathways.screening.questionnaire.Questionnaire;
import org.openpathways.screening.questionnaire.QuestionnaireException;
import org.openpathways.screening.questionnaire.QuestionnaireReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The questionnaire in use, read and checked once at start: a document that cannot be used stops the application with
 * a message naming the question or action at fault, rather than failing a screening later.
 */
@Component
public class Questionnaires {

    private final Questionnaire current;

    Questionnaires(ScreeningProperties properties, ResourceLoader resources) {
        Resource resource = resources.getResource(properties.questionnaire());
        try (InputStream in = resource.getInputStream()) {
            current = QuestionnaireReader.read(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new IllegalStateException(
                    "The screening questionnaire " + properties.questionnaire() + " cannot be read", unreadable);
        } catch (QuestionnaireException unusable) {
            throw new IllegalStateException(
                    "The screening questionnaire " + properties.questionnaire() + " cannot be used: "
                            + unusable.getMessage(),
                    unusable);
        }
    }

    public Questionnaire current() {
        return current;
    }
}
