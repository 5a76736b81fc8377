package org.openpathways.platform.api.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies with a field the endpoint does not know are refused (400, naming the field) instead of the field being
 * dropped silently: a misspelt optional field would otherwise lose what the client meant to send. Only the HTTP
 * converter is strict; the application's other uses of JSON (stored events) keep the shared mapper.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBodies implements WebMvcConfigurer {

    private final JsonMapper json;

    StrictJsonBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        JsonMapper strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        builder.configureMessageConvertersList(
                converters -> converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter
                        ? new JacksonJsonHttpMessageConverter(strict)
                        : converter));
    }
}
