package dev.resume.api;

import dev.resume.text.LanguageTag;
import dev.resume.compose.Composer;
import dev.resume.compose.Composition;
import dev.resume.compose.RunningTexts;
import dev.resume.diag.Diagnostic;
import dev.resume.diag.Diagnostics;
import dev.resume.diag.InvalidInputException;
import dev.resume.diag.SourcePos;
import dev.resume.export.PdfExporter;
import dev.resume.export.text.TextExporter;
import dev.resume.export.text.TextFormat;
import dev.resume.font.FontLibrary;
import dev.resume.font.FontLoadException;
import dev.resume.layout.Layout;
import dev.resume.layout.LayoutReport;
import dev.resume.layout.MissingGlyph;
import dev.resume.layout.PageSetup;
import dev.resume.layout.Uncovered;
import dev.resume.input.ResumeLoader;
import dev.resume.theme.ThemeFormat;
import dev.resume.theme.ThemeLoader;
import dev.resume.model.PageLimit;
import dev.resume.model.Resume;
import dev.resume.model.Text;
import dev.resume.text.PageTemplate;
import dev.resume.style.StyledDocument;
import dev.resume.style.Styler;
import dev.resume.theme.Theme;
import dev.resume.style.Tightening;
import dev.resume.verify.TextLayerCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The library's entry point: résumé file in, PDF out. One renderer can serve many renders and
 * keeps the fonts it has loaded.
 */
public final class Renderer {
    private final FontLibrary fonts;
    private final String creator;
    /** Themes loaded without a diagnostic, by where they come from; null when not caching. */
    private final java.util.concurrent.ConcurrentHashMap<String, Theme> themes;

    public Renderer() {
        this(new FontLibrary());
    }

    public Renderer(FontLibrary fonts) {
        this(fonts, false);
    }

    /** A renderer with fonts of its own; {@code cacheThemes} as below. */
    public Renderer(boolean cacheThemes) {
        this(new FontLibrary(), cacheThemes);
    }

    /**
     * A renderer that may be used from several threads at once. With {@code cacheThemes}, each
     * theme (a built-in name, or a theme file by its absolute path) is read once and reused by
     * later renders: for a batch, where the files do not change during the run; not for a
     * watch session.
     */
    public Renderer(FontLibrary fonts, boolean cacheThemes) {
        this.fonts = fonts;
        this.creator = "resume " + Version.get();
        this.themes = cacheThemes ? new java.util.concurrent.ConcurrentHashMap<>() : null;
    }

    /**
     * A renderer with this one's fonts (each parsed once and kept, as a watch session keeps
     * them), its themes cached as {@code cacheThemes} says: what the resident server gives each
     * request, so that a warm render parses no font.
     */
    public Renderer sharingFonts(boolean cacheThemes) {
        return new Renderer(fonts, cacheThemes);
    }

    private Theme theme(String ref, Path base, SourcePos refPos, Diagnostics diagnostics) throws IOException {
        if (themes == null) {
            return new ThemeLoader(diagnostics).load(ref, base, refPos);
        }
        String key = ThemeLoader.isPath(ref)
                ? "file:" + base.resolve(ref).toAbsolutePath().normalize()
                : "builtin:" + ref.toLowerCase(java.util.Locale.ROOT);
        Theme cached = themes.get(key);
        if (cached != null) {
            return cached;
        }
        int before = diagnostics.all().size();
        Theme theme = new ThemeLoader(diagnostics).load(ref, base, refPos);
        // A theme that gave a warning is loaded again for each file, so each reports it.
        if (diagnostics.all().size() == before) {
            themes.putIfAbsent(key, theme);
        }
        return theme;
    }

    /**
     * A file with errors is still checked for a bad theme name, so that every error of the
     * file shows in one run.
     */
    private InvalidInputException withThemeErrors(InvalidInputException e, Text ref, Path input, RenderOptions options) {
        if (options.theme() != null || ref == null || ref.isBlank()) {
            return e;
        }
        Diagnostics themeErrors = new Diagnostics();
        try {
            new ThemeLoader(themeErrors).load(ref.markdown().strip(), parent(input), ref.pos());
            return e;
        } catch (InvalidInputException theme) {
            List<Diagnostic> all = new ArrayList<>(e.diagnostics());
            all.addAll(theme.diagnostics());
            // File by file (the résumé, a .bib file, the theme), each in the order of its lines.
            all.sort(java.util.Comparator.comparing((Diagnostic d) -> d.pos() == null || d.pos().file() == null ? ""
                            : d.pos().file().toAbsolutePath().normalize().toString())
                    .thenComparingInt(d -> d.pos() == null ? 0 : d.pos().line())
                    .thenComparingInt(d -> d.pos() == null ? 0 : d.pos().column()));
            return new InvalidInputException(all);
        } catch (IOException | RuntimeException other) {
            return e;
        }
    }

    /**
     * Starts, on a thread of its own, the work every render does first (parsing the default
     * theme's font, starting the shaper and the PDF writer): worth it when a core would
     * otherwise wait. What it loads is kept in this renderer's fonts; it writes nothing.
     */
    public void startWarmUp() {
        WarmUp.start(fonts);
    }

    /** Which face drew which characters of {@code t} (for --stats). */
    public List<FontUse> fontUse(Typeset t) {
        return FontUse.of(t.pages(), fonts);
    }

    /**
     * The languages a résumé is written in, the default first ({@code languages: [en, zh]}, else
     * those its texts use); empty for a file in one language. For {@code --lang all}: a file in
     * several languages is rendered once in each. Throws {@link InvalidInputException} when the
     * file cannot be read as a résumé.
     */
    public List<String> languages(Path input) throws IOException {
        return new ResumeLoader(new Diagnostics()).languages(input);
    }

    /** {@code cv.pdf} in language {@code lang}: {@code cv.zh.pdf}, beside it. */
    public static Path inLanguage(Path target, String lang) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String named = dot > 0 ? name.substring(0, dot) + "." + lang + name.substring(dot) : name + "." + lang;
        return target.resolveSibling(named);
    }

    /**
     * The font files a typeset résumé draws with, installed fallbacks included (for resume deps,
     * so that make renders again when one changes); fonts built into the tool are not files.
     */
    public List<Path> fontFiles(Typeset t) {
        Set<Path> out = new java.util.LinkedHashSet<>();
        for (FontUse u : fontUse(t)) {
            if (!u.source().isEmpty() && !u.source().startsWith("built-in:")) {
                out.add(Path.of(u.source().replaceFirst(",\\d+$", "")));
            }
        }
        return List.copyOf(out);
    }

    /** Loads, styles and lays out a résumé. Throws {@link InvalidInputException} on bad input. */
    public Typeset typeset(Path input, RenderOptions options) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Stages stages = new Stages(input, options.profile());
        ResumeLoader loader = new ResumeLoader(diagnostics).select(options.selection()).language(options.lang(), options.strict());
        Resume resume;
        try {
            resume = loader.load(input);
        } catch (InvalidInputException e) {
            throw withThemeErrors(e, loader.themeRef(), input, options);
        }
        stages.mark("load");
        String ref = options.theme() != null ? options.theme()
                : resume.theme() != null ? resume.theme().markdown().strip() : ThemeLoader.DEFAULT;
        // A theme named on the command line is relative to the working directory; one named in
        // the file, to the file, and errors about it point there.
        Path base = options.theme() != null ? input.getFileSystem().getPath("") : parent(input);
        SourcePos refPos = options.theme() == null && resume.theme() != null ? resume.theme().pos() : SourcePos.unknown(input);
        Theme theme = theme(ref, base, refPos, diagnostics);
        stages.mark("theme");
        // A page limit tightens only lengths and sizes: one composition serves every pass.
        resume = resume.withLocale(locale(options, resume, theme));
        BuildDates when = BuildDates.of(options, input, diagnostics);
        resume = dev.resume.compose.LetterDate.dated(theme, resume, when.built());
        Composition composed = new Composer(theme).compose(resume);
        List<Path> folders = new ArrayList<>();
        if (theme.folder() != null) {
            folders.add(theme.folder());
        }
        folders.add(parent(input).resolve("fonts"));
        checkRunningRoom(resume, theme, diagnostics);
        RunningTexts running = RunningTexts.of(theme, resume, when.built(),
                RunningTexts.asks(theme, resume, PageTemplate.Field.UPDATED) ? when.updated(resume, input) : null);
        Theme.Paper paper = paper(options, resume);
        checkRoom(paper != null ? paper : theme.paper(), theme, options.paper() == null && resume.paper() != null
                ? resume.paper().pos() : SourcePos.unknown(input), diagnostics);
        dev.resume.style.FaceSource themeFaces = new dev.resume.style.FaceSource() {
            @Override
            public dev.resume.layout.Face face(String file) {
                return fonts.face(file, folders);
            }

            @Override
            public boolean builtIn(String file) {
                String source = fonts.source(face(file));
                return source != null && source.startsWith("built-in:");
            }
        };
        dev.resume.style.FaceSource faces = themeFaces;
        PageFitter.Pass first;
        try {
            StyledDocument styled = new Styler(theme, themeFaces).style(composed, paper, running);
            // Installed fonts are looked at only when the theme's fonts lack some character.
            List<Uncovered> uncovered = Uncovered.in(styled.blocks());
            if (!uncovered.isEmpty()) {
                faces = themeFaces.withFallbacks(fonts.fallbacks(uncovered, fonts.isSerif(theme.fonts().body().regular(), folders)));
                styled = new Styler(theme, faces).style(composed, paper, running);
            }
            first = new PageFitter.Pass(theme, styled, new Layout(styled.setup()).run(styled.blocks()));
        } catch (FontLoadException e) {
            throw fontErrors(e, theme, themeFaces, input);
        }
        stages.mark("style+layout");
        diagnostics.throwIfErrors();
        // A cover letter is one page unless it says otherwise: fitted as a CV with max_pages: 1.
        PageLimit limit = options.maxPages() != null ? new PageLimit(options.maxPages(), SourcePos.unknown(input))
                : resume.maxPages() != null ? resume.maxPages()
                : resume.isLetter() ? new PageLimit(1, resume.letter().pos()) : null;
        PageFitter.Outcome fitted = new PageFitter.Outcome(first, null);
        dev.resume.style.FaceSource chosenFaces = faces;
        java.util.function.Function<Tightening, PageFitter.Pass> layoutAt =
                tightening -> pass(tightening.apply(theme), composed, paper, running, chosenFaces);
        if (limit != null) {
            fitted = PageFitter.fit(first, limit.pages(), theme.fit(), Tightening.Schedule.LIMIT, layoutAt);
            stages.mark("fit");
            if (fitted.fit() != null && !fitted.fit().fits()) {
                PageFitter.Overflow overflow = resume.isLetter()
                        ? PageFitter.letterOverflow(fitted.pass(), fitted.fit(), options.maxPages() != null)
                        : PageFitter.overflow(fitted.pass(), fitted.fit(), resume.sections(), options.maxPages() != null);
                if (options.strict()) {
                    diagnostics.error(limit.pos(), overflow.message() + " (an error with --strict)", overflow.hint());
                } else {
                    diagnostics.warning(limit.pos(), overflow.message(), overflow.hint());
                }
            }
        }
        if (fitted.fit() == null) {
            // Within the limit, or none: a last page of a few lines is pulled back if the glue can give.
            fitted = PageFitter.pullBack(first, theme.fit(), layoutAt);
            stages.mark("pull-back");
        }
        PageFitter.Pass chosen = fitted.pass();
        Layout.Result laid = chosen.laid();
        reportMissingGlyphs(laid.missingGlyphs(), input, options.strict(), diagnostics);
        LayoutReport report = LayoutReport.of(laid.pages());
        reportBadLines(report, input, diagnostics);
        diagnostics.throwIfErrors();
        return new Typeset(resume, composed, chosen.theme(), chosen.styled(), laid.pages(), diagnostics.all(), fitted.fit(), report);
    }

    /**
     * Every font of the theme that cannot be used, each at the place the theme names it, in the
     * order of the theme's lines: a theme with three bad fonts shows three errors in one run.
     */
    private static InvalidInputException fontErrors(FontLoadException first, Theme theme, dev.resume.style.FaceSource faces, Path input) {
        List<Diagnostic> errors = new ArrayList<>();
        java.util.Map<String, SourcePos> places = theme.fonts().places();
        for (java.util.Map.Entry<String, SourcePos> e : places.entrySet()) {
            try {
                faces.face(e.getKey());
            } catch (FontLoadException bad) {
                errors.add(Diagnostic.error(e.getValue(), bad.getMessage(), bad.hint()));
            }
        }
        if (errors.isEmpty() || !places.containsKey(first.name())) {
            SourcePos at = places.get(first.name());
            errors.add(0, Diagnostic.error(at != null ? at : SourcePos.unknown(input), first.getMessage(), first.hint()));
        }
        errors.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.pos() == null ? 0 : d.pos().line())
                .thenComparingInt(d -> d.pos() == null ? 0 : d.pos().column()));
        return new InvalidInputException(errors);
    }

    /**
     * Characters no font has, one message per run of text that has them (a paragraph, a name),
     * listing its characters, at the first of them; runs that lack the same characters (a name
     * in every author list) are one message, which counts the other places.
     */
    private static void reportMissingGlyphs(List<MissingGlyph> missing, Path input, boolean strict, Diagnostics diagnostics) {
        java.util.Map<SourcePos, Set<Integer>> byRun = new java.util.LinkedHashMap<>();
        for (MissingGlyph m : missing) {
            byRun.computeIfAbsent(m.pos(), p -> new java.util.LinkedHashSet<>()).add(m.codePoint());
        }
        java.util.Map<Set<Integer>, List<SourcePos>> byCharacters = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<SourcePos, Set<Integer>> e : byRun.entrySet()) {
            byCharacters.computeIfAbsent(e.getValue(), c -> new java.util.ArrayList<>()).add(e.getKey());
        }
        for (java.util.Map.Entry<Set<Integer>, List<SourcePos>> e : byCharacters.entrySet()) {
            SourcePos run = e.getValue().get(0);
            int first = e.getKey().iterator().next();
            SourcePos pos = run != null ? SourceLocator.find(run, first) : SourcePos.unknown(input);
            int others = e.getValue().size() - 1;
            String message = MissingGlyph.describe(e.getKey())
                    + (others > 0 ? " here and in " + others + (others == 1 ? " other place" : " other places") : "");
            String hint = MissingGlyph.hint(e.getKey());
            if (strict) {
                diagnostics.error(pos, message + " (an error with --strict)", hint);
            } else {
                diagnostics.warning(pos, message, hint);
            }
        }
    }

    /**
     * Lines the breaker could not set well, at the place their text is written: one that runs
     * past the margin (the breaker avoids it; should it happen, it must not pass silently), and
     * a justified line stretched past the tolerance, which TeX calls underfull.
     */
    private static void reportBadLines(LayoutReport report, Path input, Diagnostics diagnostics) {
        for (LayoutReport.Flagged f : report.overfull()) {
            diagnostics.warning(f.source() != null ? f.source() : SourcePos.unknown(input),
                    String.format(java.util.Locale.ROOT, "a line of this text runs %.1f pt past the margin (page %d: \"%s\")",
                            f.amount(), f.page(), f.text()),
                    "it cannot be spaced to fit: rephrase it, or add a break point (a space, or a soft hyphen U+00AD in a long word)");
        }
        for (LayoutReport.Flagged f : report.loose()) {
            diagnostics.warning(f.source() != null ? f.source() : SourcePos.unknown(input),
                    String.format(java.util.Locale.ROOT, "a justified line of this text has its spaces stretched to %.2f× their width"
                            + " (page %d: \"%s\")", f.amount(), f.page(), f.text()),
                    "rephrase it, add a soft hyphen (U+00AD) in a long word, or set the theme's justify off for this text");
        }
    }

    private static PageFitter.Pass pass(Theme theme, Composition composed, Theme.Paper paper, RunningTexts running,
            dev.resume.style.FaceSource faces) {
        StyledDocument styled = new Styler(theme, faces).style(composed, paper, running);
        return new PageFitter.Pass(theme, styled, new Layout(styled.setup()).run(styled.blocks()));
    }

    /**
     * The theme's margins stay as it gives them on any paper (they are what make it look as it
     * does); a paper too small for them to leave an inch of text either way is an error.
     */
    private static void checkRoom(Theme.Paper paper, Theme theme, SourcePos at, Diagnostics diagnostics) {
        Theme.Margins m = theme.margins();
        float width = paper.width() - m.left() - m.right();
        float height = paper.height() - m.top() - m.bottom();
        if (width < ThemeFormat.MIN_TEXT || height < ThemeFormat.MIN_TEXT) {
            diagnostics.error(at, String.format(java.util.Locale.ROOT, "the paper '%s' leaves %.0f x %.0f pt for the text inside"
                    + " the theme's margins, less than %.0f pt", paper.name(), width, height, ThemeFormat.MIN_TEXT),
                    "choose a larger paper, or a theme with smaller margins");
            diagnostics.throwIfErrors();
        }
    }

    /**
     * A résumé's own footer or page header, in a theme whose margin has no room for it (the
     * theme's own are checked where the theme sets its margins): warned about at the résumé's key.
     */
    private static void checkRunningRoom(Resume resume, Theme theme, Diagnostics diagnostics) {
        float size = theme.sizes().footer();
        if (resume.footer() != null && !resume.footer().isBlank() && theme.margins().bottom() < PageSetup.marginRoom(size)) {
            diagnostics.warning(resume.footer().pos(), String.format(java.util.Locale.ROOT, "the theme's bottom margin (%.1f pt) is"
                    + " too small for a footer", theme.margins().bottom()), "use a theme with a larger margins.bottom");
        }
        if (resume.pageHeader() != null && !resume.pageHeader().isBlank() && theme.margins().top() < PageSetup.marginRoom(size)) {
            diagnostics.warning(resume.pageHeader().pos(), String.format(java.util.Locale.ROOT, "the theme's top margin (%.1f pt) is"
                    + " too small for a page header", theme.margins().top()), "use a theme with a larger margins.top");
        }
    }

    /** The language: the command line's, else the file's (its locale:, else the language it was chosen in), else the theme's, else English. */
    private static LanguageTag locale(RenderOptions options, Resume resume, Theme theme) {
        if (options.locale() != null) {
            return options.locale();
        }
        if (resume.locale() != null) {
            return resume.locale();
        }
        // A file in several languages rendered in one is in that language unless it says more.
        LanguageTag chosen = resume.lang() == null ? null : LanguageTag.parse(resume.lang());
        if (chosen != null) {
            return chosen;
        }
        return theme.locale() != null ? theme.locale() : LanguageTag.ENGLISH;
    }

    /** The paper: the command line's, else the file's, else null for the theme's. */
    private static Theme.Paper paper(RenderOptions options, Resume resume) {
        if (options.paper() != null) {
            return options.paper();
        }
        return resume.paper() == null ? null : Theme.Paper.parse(resume.paper().markdown());
    }

    /** Renders {@code input} into {@code output}, replacing it only once the new PDF is complete. */
    public RenderResult render(Path input, Path output, RenderOptions options) throws IOException {
        long start = System.nanoTime();
        return render(typeset(input, options), output, options).since(start);
    }

    /**
     * Writes a typeset résumé as a PDF (one typesetting serves every format a render asks for);
     * the result's time is the export's.
     */
    public RenderResult render(Typeset t, Path output, RenderOptions options) throws IOException {
        long start = System.nanoTime();
        Stages stages = new Stages(t.resume().source(), options.profile());
        byte[] pdf = pdf(t, options, stages);
        writeAtomically(output, pdf);
        stages.mark("write");
        return new RenderResult(output, t.pages().size(), t.warnings(), System.nanoTime() - start, t.fit(), t.report());
    }

    /**
     * A typeset résumé's PDF, checked with {@link RenderOptions#verify()}, not written: for the
     * PDF itself, and for what is drawn from it (the pictures of its pages).
     */
    byte[] pdf(Typeset t, RenderOptions options) throws IOException {
        return pdf(t, options, new Stages(t.resume().source(), options.profile()));
    }

    private byte[] pdf(Typeset t, RenderOptions options, Stages stages) throws IOException {
        Path input = t.resume().source();
        byte[] pdf;
        try {
            Instant created = BuildDates.of(options, input, new Diagnostics()).epoch();
            boolean archival = options.archival() != null ? options.archival() : t.theme().pdf().archival();
            pdf = new PdfExporter(creator, options.debugLayout(), created, archival).export(t.pages(), t.styled().metadata());
        } catch (dev.resume.export.FontEmbedException e) {
            List<Diagnostic> errors = new ArrayList<>(t.warnings());
            errors.add(Diagnostic.error(SourcePos.unknown(input), e.getMessage(),
                    "the PDF was not written; name another font in the theme (or leave out the characters drawn with it),"
                            + " and please report this with the résumé and theme"));
            throw new InvalidInputException(errors);
        }
        stages.mark("export");
        if (options.verify()) {
            List<String> problems = TextLayerCheck.check(t.pages(), pdf);
            if (!problems.isEmpty()) {
                List<Diagnostic> errors = new ArrayList<>(t.warnings());
                for (String p : problems) {
                    errors.add(Diagnostic.error(SourcePos.unknown(input), "text layer check: " + p,
                            "the PDF was not written; please report this with the résumé and theme"));
                }
                throw new InvalidInputException(errors);
            }
        }
        stages.mark("verify");
        return pdf;
    }

    /**
     * Writes the résumé as Markdown, plain text or HTML into {@code output}: what its PDF shows
     * (the same variant, selection and theme), so a file that cannot make a PDF (an error, or a
     * warning under --strict) makes no export either.
     */
    public RenderResult export(Path input, Path output, RenderOptions options, TextFormat format) throws IOException {
        long start = System.nanoTime();
        return export(typeset(input, options), output, format).since(start);
    }

    /** Writes a typeset résumé as Markdown, plain text or HTML; the result's time is the export's. */
    public RenderResult export(Typeset t, Path output, TextFormat format) throws IOException {
        long start = System.nanoTime();
        String text = TextExporter.export(t.composed(), t.theme(), format, output);
        writeAtomically(output, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new RenderResult(output, t.pages().size(), t.warnings(), System.nanoTime() - start, t.fit(), t.report());
    }

    /**
     * Writes a typeset résumé as a Word document: what its PDF shows, with Word's headings,
     * lists and hyperlinks; dated, as the PDF is, only by SOURCE_DATE_EPOCH. The result's time
     * is the export's.
     */
    public RenderResult exportDocx(Typeset t, Path output, RenderOptions options) throws IOException {
        long start = System.nanoTime();
        Instant created = BuildDates.of(options, t.resume().source(), new Diagnostics()).epoch();
        byte[] docx = dev.resume.export.text.DocxExporter.export(t.composed(), t.theme(), creator, created);
        writeAtomically(output, docx);
        return new RenderResult(output, t.pages().size(), t.warnings(), System.nanoTime() - start, t.fit(), t.report());
    }

    /**
     * With {@link RenderOptions#profile()} ({@code resume render --profile}), the time of each
     * stage of a render on standard error: where a cold start spends its time.
     */
    private static final class Stages {
        private final Path input;
        private final boolean on;
        private long last = System.nanoTime();

        Stages(Path input, boolean on) {
            this.input = input;
            this.on = on;
        }

        void mark(String stage) {
            if (on) {
                long now = System.nanoTime();
                System.err.printf(java.util.Locale.ROOT, "%s: %-12s %6.1f ms%n", input, stage, (now - last) / 1e6);
                last = now;
            }
        }
    }

    /** Creates the output's folder, then writes it as every output is written ({@link OutputFiles}). */
    static void writeAtomically(Path output, byte[] bytes) throws IOException {
        if (!OutputFiles.isStandardOutput(output)) {
            Files.createDirectories(parent(output));
        }
        OutputFiles.write(output, bytes);
    }

    private static Path parent(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("");
    }
}
