package dev.resume.api;

import dev.resume.diag.Diagnostic;
import dev.resume.layout.Page;
import dev.resume.model.Resume;
import dev.resume.style.StyledDocument;
import dev.resume.style.Theme;
import java.util.List;

/** A résumé carried through load, style and layout: everything but the PDF bytes. */
public record Typeset(Resume resume, Theme theme, StyledDocument styled, List<Page> pages, List<Diagnostic> warnings) {}
