package dev.resume.input.jsonresume;

import java.util.List;

/**
 * The fields of each object of a JSON Resume document (schema v1.0.0,
 * https://jsonresume.org/schema), with the older names that files written for earlier versions
 * still use ({@code company}, {@code website}, {@code gpa}, {@code picture}). A field not listed
 * here is reported as not shown, with the closest listed one suggested.
 */
final class JsonResumeFields {
    private JsonResumeFields() {}

    /** The sections of the document, in the schema's order: the order they are printed in. */
    static final List<String> SECTIONS = List.of("work", "volunteer", "education", "awards", "certificates", "publications",
            "skills", "languages", "interests", "references", "projects");

    static final List<String> TOP = concat(List.of("$schema", "basics"), SECTIONS, List.of("meta"));

    static final List<String> BASICS = List.of("name", "label", "image", "email", "phone", "url", "summary", "location",
            "profiles", "website", "picture");
    static final List<String> LOCATION = List.of("address", "postalCode", "city", "countryCode", "region");
    static final List<String> PROFILE = List.of("network", "username", "url");
    static final List<String> WORK = List.of("name", "location", "description", "position", "url", "startDate", "endDate",
            "summary", "highlights", "company", "website");
    static final List<String> VOLUNTEER = List.of("organization", "position", "url", "startDate", "endDate", "summary",
            "highlights", "location", "website");
    static final List<String> EDUCATION = List.of("institution", "url", "area", "studyType", "startDate", "endDate", "score",
            "courses", "location", "gpa", "website");
    static final List<String> AWARD = List.of("title", "date", "awarder", "summary");
    static final List<String> CERTIFICATE = List.of("name", "date", "url", "issuer");
    static final List<String> PUBLICATION = List.of("name", "publisher", "releaseDate", "url", "summary", "website");
    static final List<String> SKILL = List.of("name", "level", "keywords");
    static final List<String> LANGUAGE = List.of("language", "fluency", "name");
    static final List<String> INTEREST = List.of("name", "keywords");
    static final List<String> REFERENCE = List.of("name", "reference");
    static final List<String> PROJECT = List.of("name", "description", "highlights", "keywords", "startDate", "endDate", "url",
            "roles", "entity", "type");

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
