# resume — build, render the samples, test.
#   make            builds target/resume and renders resumes/*.yml into out/ (a file in several
#                   languages once in each: out/wen.en.pdf, out/wen.zh.pdf)
#   make test       runs every test (the classes in parallel: src/test/resources/junit-platform.properties)
#   make test-fast  every test but the slow ones (@Slow, tag "slow": many PDFs, other programs)
#   make pages      a PNG picture of every page of every résumé: out/png/NAME-N.png (render --format png)
#   make gallery    the README's pictures of the themes, docs/gallery/*.png (render --format png)
#   make bench      times renders beside Typst and pdflatex, as ratios (src/bench/Bench.java)
#   make install    copies the launcher to $(PREFIX)/bin (default ~/.local)

PREFIX ?= $(HOME)/.local
JDK := $(shell sh src/main/sh/find-jdk.sh)
MVN := JAVA_HOME="$(JDK)" mvn -B -q
MVN_TEST := JAVA_HOME="$(JDK)" mvn -B -ntp
ifeq ($(JDK),)
$(error resume needs a JDK 21 or newer to build. Install one (for example `apt-get install openjdk-21-jdk`, or Temurin 25) or set JAVA_HOME to it)
endif

SOURCES := $(shell find src/main src/build -type f) pom.xml $(wildcard themes/*.yml) $(shell find fonts -type f)
RESUMES := $(wildcard resumes/*.yml)
# A PDF per résumé, and per language for a résumé in several (out/wen.en.pdf, out/wen.zh.pdf):
# the PDFs out/deps.mk has rules for (`resume deps --lang all` writes one a PDF), else one a résumé.
DEPS_PDFS := $(patsubst %:,%,$(filter out/%.pdf:,$(shell cat out/deps.mk 2>/dev/null)))
PDFS := $(or $(DEPS_PDFS),$(patsubst resumes/%.yml,out/%.pdf,$(RESUMES)))

# The class archive: the JDK 25 AOT cache, or AppCDS on JDK 21 to 24.
JDK_MAJOR := $(shell "$(JDK)/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
ifeq ($(shell [ "$(JDK_MAJOR)" -ge 25 ] && echo yes),yes)
AOT_USE := -XX:AOTCache
AOT_TRAIN := -XX:AOTCacheOutput
AOT_QUIET := -Xlog:aot=off -Xlog:cds=off
# The AOT cache skips classes older than Java 6 (picocli's): the launcher's jar carries them
# rewritten as Java 8 classes (src/build/UpgradeOldClasses.java), so that the cache covers them.
APP_JAR = "$(JDK)/bin/java" src/build/UpgradeOldClasses.java target/resume-*-all.jar target/resume-app.jar
else
AOT_USE := -XX:SharedArchiveFile
AOT_TRAIN := -XX:ArchiveClassesAtExit
AOT_QUIET := -Xshare:auto -Xlog:cds=off
APP_JAR = cp target/resume-*-all.jar target/resume-app.jar
endif

THEMES := $(basename $(notdir $(wildcard themes/*.yml)))

.PHONY: all render build test test-fast install clean pages gallery bench spacing

all: build render

# One call renders every résumé whose PDF is out of date: missing, older than the résumé, than
# the tool, or than a file it depends on (a variant's base, a theme file: out/deps.mk, written
# by `resume deps`). Each stale PDF's rule only notes its résumé; `render` then renders them all
# in one batch, which shares the fonts and themes and runs on all cores.
render: $(PDFS)
	@if [ -s out/.stale ]; then list=$$(sort -u out/.stale); rm -f out/.stale; \
	  echo target/resume render --verify --lang all -d out $$list; \
	  target/resume render --verify --lang all -d out $$list; fi

out/%.pdf: resumes/%.yml target/resume
	@mkdir -p out
	@echo $< >> out/.stale

# One language's PDF of a résumé in several: its résumé is the first file its rule in out/deps.mk names.
out/%.pdf: target/resume
	@mkdir -p out
	@echo $(firstword $(filter resumes/%,$^)) >> out/.stale

out/deps.mk: $(RESUMES) target/resume
	@mkdir -p out
	target/resume deps --lang all -d out $(RESUMES) > $@.tmp && mv $@.tmp $@

# Only the goals that render need the dependencies (and so the tool, to write them).
ifneq ($(filter all render,$(or $(MAKECMDGOALS),all)),)
-include out/deps.mk
endif

# The resident renderer's client (src/main/c/resume-client.c), where a C compiler is: without
# it, every call runs in-process as before.
CLIENT := $(if $(shell command -v $(CC) 2>/dev/null),target/resume-client)

build: target/resume target/resume.aot $(CLIENT)

target/resume-client: src/main/c/resume-client.c
	@mkdir -p target
	$(CC) -std=c99 -O2 -Wall -Wextra -o $@.tmp $<
	mv $@.tmp $@

target/resume: $(SOURCES)
	$(MVN) package -DskipTests
	$(APP_JAR)
	sed -e 's|@BUILD_JAVA@|$(JDK)/bin/java|' -e 's|@AOT_USE@|$(AOT_USE)|' -e 's|@AOT_QUIET@|$(AOT_QUIET)|' \
	  src/main/sh/launcher.sh > $@.tmp
	cat target/resume-app.jar >> $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

# The class archive for a quick start: a training run renders the samples (a batch, so that the
# parallel path is in it too). It names the launcher's file name, size and time: `make install`
# copies both with their times (cp -p) and the launcher must keep the name `resume`.
target/resume.aot: target/resume
	rm -f $@ $@.config
	rm -rf target/aot-training && mkdir -p target/aot-training
	RESUME_NO_AOT=1 RESUME_JAVA_OPTS="$(AOT_TRAIN)=$@ -Dresume.warmup=true" target/resume render --verify -d target/aot-training $(RESUMES) >/dev/null
	rm -rf target/aot-training

# Not quiet: Surefire's summary ("Tests run: …") is the record of what ran.
test:
	$(MVN_TEST) test

test-fast:
	$(MVN_TEST) test -DexcludedGroups=slow

install: build
	mkdir -p $(PREFIX)/bin
	cp -p target/resume $(PREFIX)/bin/resume
	cp -p target/resume.aot $(PREFIX)/bin/resume.aot
	if [ -x target/resume-client ]; then cp -p target/resume-client $(PREFIX)/bin/resume-client; fi

# PNG pictures of every page at 80 dpi, to look at: out/png/NAME-N.png (out/png/wen.en-1.png for
# a résumé in several languages), drawn by the tool itself (render --format png) in one batch.
pages: target/resume
	@mkdir -p out/png
	target/resume render --lang all --format png --dpi 80 -d out/png $(RESUMES)

# Page one of resumes/cao.yml in every built-in theme, as the PNGs the README shows; a CV and its
# letter; the top of two script fixtures. The tool draws the pictures (render --format png writes
# NAME-1.png, NAME-2.png, ...: page one is kept); src/build/SideBySide.java and src/build/Crop.java
# put two side by side and keep the top of one, so the gallery needs no other program.
gallery: target/resume
	@mkdir -p out/gallery docs/gallery
	for t in $(THEMES); do \
	  target/resume render resumes/cao.yml --theme $$t --format png --dpi 60 -o out/gallery/cao-$$t.png && \
	  cp out/gallery/cao-$$t-1.png docs/gallery/$$t.png; \
	done
	# The invented sample's CV and its cover letter side by side, in every theme (docs/gallery/letter-THEME.png).
	for t in $(THEMES); do \
	  target/resume render resumes/vellander.yml resumes/vellander-letter.yml --theme $$t --format png --dpi 50 \
	    -d out/gallery/$$t && \
	  "$(JDK)/bin/java" src/build/SideBySide.java docs/gallery/letter-$$t.png out/gallery/$$t/vellander-1.png \
	    out/gallery/$$t/vellander-letter-1.png; \
	done
	# The top of two script fixtures (invented people), for the README's "Fonts and scripts".
	for s in zh:classic ar:modern; do n=$${s%%:*}; t=$${s##*:}; \
	  target/resume render src/test/resources/scripts/$$n.yml --theme $$t --format png --dpi 60 -o out/gallery/script-$$n.png && \
	  "$(JDK)/bin/java" src/build/Crop.java out/gallery/script-$$n-1.png 330 docs/gallery/script-$$n.png; \
	done

# Wall-time medians, peak memory and the ratios to Typst and pdflatex of issue 19's targets:
# one-shot, first and warm calls, 50 calls under make -j2, 50 files in one call, watch (src/bench/Bench.java).
bench: build
	"$(JDK)/bin/java" src/bench/Bench.java target/resume

# Spacing and hyphens of every sample in every theme (what --stats counts), beside pdflatex's with
# and without microtype on the same justified text where pdflatex and TeX Gyre are installed
# (SpacingReportTest); then the abstracts of cao.yml against pdflatex (SpacingVsLatexTest), which
# leaves target/spacing/{ours,latex}.pdf to look at side by side. Not part of `make test`'s time.
spacing:
	@command -v pdflatex >/dev/null || echo "without pdflatex only our figures: apt-get install texlive-latex-base texlive-latex-recommended tex-gyre"
	$(MVN_TEST) test -Dtest='SpacingReportTest,SpacingVsLatexTest' -Dresume.spacing=true -Dsurefire.failIfNoSpecifiedTests=false \
	  | grep -E '^ *(justified|resume|pdflatex|\(resume|spacing:|sample|targets)|^[a-z0-9-]+\.yml|Tests run:|FAIL'

clean:
	rm -rf target out
