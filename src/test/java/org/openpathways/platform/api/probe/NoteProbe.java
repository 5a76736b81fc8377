package org.openpathways.platform.api.probe;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.IfMatch;
import org.openpathways.platform.api.Page;
import org.openpathways.platform.api.PageQuery;
import org.openpathways.platform.api.PlainText;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.api.ProblemTypes;
import org.openpathways.platform.api.Versioned;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A versioned, paged resource created idempotently: the conventions as a real module would use them. */
@RestController
@RequestMapping(path = "/api/test/notes", produces = MediaType.APPLICATION_JSON_VALUE)
class NoteProbe {

    private final NoteProbeStore notes;

    NoteProbe(NoteProbeStore notes) {
        this.notes = notes;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ResponseEntity<Note> create(@Valid @RequestBody NoteRequest request) {
        Note note = notes.create(request);
        return Versioned.created(URI.create("/api/test/notes/" + note.id()), note.version(), note);
    }

    @GetMapping
    ResponseEntity<Page<Note>> list(
            @RequestParam(defaultValue = NoteRequest.DEFAULT_TOPIC) String topic, PageQuery page) {
        return notes.list(topic, page).toResponse();
    }

    @GetMapping("/{id}")
    ResponseEntity<Note> read(@PathVariable long id, HttpServletRequest request) {
        Note note = notes.find(id).orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND));
        return Versioned.ok(request, note.version(), note);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Note> update(@PathVariable long id, IfMatch ifMatch, @Valid @RequestBody NoteRequest request) {
        Note current = notes.find(id).orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND));
        ifMatch.require(current.version());
        Note updated = notes.update(id, current.version(), request);
        return ResponseEntity.ok().eTag(Versioned.eTag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
        Note current = notes.find(id).orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND));
        ifMatch.requireIfPresent(current.version());
        notes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/search")
    String search(@RequestParam @Size(min = 2) String text, @RequestParam(defaultValue = "1") @Min(1) int minimum) {
        return "{\"text\":\"" + text.length() + "\",\"minimum\":" + minimum + "}";
    }

    record NoteRequest(
            @NotBlank @Size(max = 200) @PlainText String text,
            @Nullable @Min(0) @Max(10) Integer priority,
            @Nullable @Size(max = 40) @PlainText String topic) {

        static final String DEFAULT_TOPIC = "general";

        int priorityOrDefault() {
            return priority == null ? 0 : priority;
        }

        String topicOrDefault() {
            return topic == null ? DEFAULT_TOPIC : topic;
        }
    }

    record Note(long id, String topic, String text, int priority, long version) {}
}
