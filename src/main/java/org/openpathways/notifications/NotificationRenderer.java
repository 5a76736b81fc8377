package org.openpathways.notifications;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a notification from its plain-text template ({@code templates/mail/<module>/<name>.txt}, Thymeleaf text
 * mode) with every sentence taken from the message bundles in the recipient's language.
 */
@Component
class NotificationRenderer {

    private final TemplateEngine textTemplates;
    private final MessageSource messages;

    NotificationRenderer(MessageSource messages) {
        this.messages = messages;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new org.thymeleaf.spring6.SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        this.textTemplates = engine;
    }

    RenderedMessage render(Notification notification) {
        var locale = notification.language().locale();
        var context = new Context(locale, notification.variables());
        String body = textTemplates.process(notification.template(), context).strip() + "\n";
        String subject = messages.getMessage(notification.subjectKey(), null, locale);
        return new RenderedMessage(subject, body);
    }
}
