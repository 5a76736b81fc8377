package org.openpathways.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/** Naming Jakarta Mail's stream provider keeps the provider Angus Mail would have been found to be, and only that. */
class MailDeliveryTest {

    @Test
    void theNamedStreamProviderIsAngusMailsAndAChoiceAlreadyMadeIsKept() {
        String before = System.getProperty(MailDelivery.STREAM_PROVIDER);
        try {
            System.clearProperty(MailDelivery.STREAM_PROVIDER);
            MailDelivery.nameTheStreamProvider();
            assertThat(System.getProperty(MailDelivery.STREAM_PROVIDER)).isEqualTo(MailDelivery.ANGUS_STREAM_PROVIDER);
            assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailDelivery.ANGUS_STREAM_PROVIDER);

            System.setProperty(MailDelivery.STREAM_PROVIDER, "org.example.OtherProvider");
            MailDelivery.nameTheStreamProvider();
            assertThat(System.getProperty(MailDelivery.STREAM_PROVIDER)).isEqualTo("org.example.OtherProvider");
        } finally {
            if (before == null) {
                System.clearProperty(MailDelivery.STREAM_PROVIDER);
            } else {
                System.setProperty(MailDelivery.STREAM_PROVIDER, before);
            }
        }
    }
}
