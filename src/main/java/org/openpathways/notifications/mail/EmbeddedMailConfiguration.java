package org.openpathways.notifications.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server inside the application for demo mode and tests: every e-mail the platform sends lands in the demo
 * mailbox page instead of a real inbox. Never enable it where real people receive mail.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "openpathways.mail.embedded", havingValue = "true")
class EmbeddedMailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedMailServer(@Value("${openpathways.mail.embedded-port:0}") int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        log.info(
                "Embedded mail server for demo and tests listening on 127.0.0.1:{}",
                server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail embeddedMailServer) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedMailServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    DemoMailbox demoMailbox(GreenMail embeddedMailServer) {
        return new DemoMailbox(embeddedMailServer);
    }
}
