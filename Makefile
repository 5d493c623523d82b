# resume — build, render the samples, test.
#   make          builds target/resume and renders resumes/*.yml into out/
#   make test     runs every test
#   make install  copies the launcher to $(PREFIX)/bin (default ~/.local)

PREFIX ?= $(HOME)/.local
JDK := $(shell sh src/main/sh/find-jdk.sh)
MVN := JAVA_HOME="$(JDK)" mvn -B -q
MVN_TEST := JAVA_HOME="$(JDK)" mvn -B -ntp
ifeq ($(JDK),)
$(error resume needs a JDK 21 or newer to build. Install one (for example `apt-get install openjdk-21-jdk`, or Temurin 25) or set JAVA_HOME to it)
endif

SOURCES := $(shell find src/main -type f) pom.xml $(wildcard themes/*.yml) $(shell find fonts -type f)
RESUMES := $(wildcard resumes/*.yml)
PDFS := $(patsubst resumes/%.yml,out/%.pdf,$(RESUMES))

THEMES := $(basename $(notdir $(wildcard themes/*.yml)))

.PHONY: all build test install clean pages gallery

all: $(PDFS)

build: target/resume

target/resume: $(SOURCES)
	$(MVN) package -DskipTests
	sed 's|@BUILD_JAVA@|$(JDK)/bin/java|' src/main/sh/launcher.sh > $@.tmp
	cat target/resume-*-all.jar >> $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

out/%.pdf: resumes/%.yml target/resume
	@mkdir -p out
	target/resume render --verify $< -o $@

# Not quiet: Surefire's summary ("Tests run: …") is the record of what ran.
test:
	$(MVN_TEST) test

install: target/resume
	mkdir -p $(PREFIX)/bin
	cp target/resume $(PREFIX)/bin/resume

# PNG pictures of every page, to look at: out/png/NAME-N.png
pages: all
	@mkdir -p out/png
	for f in out/*.pdf; do pdftoppm -r 80 -png $$f out/png/$$(basename $$f .pdf); done

# Page one of resumes/cao.yml in every built-in theme, as the PNGs the README shows.
gallery: target/resume
	@command -v pdftoppm >/dev/null || { echo "make gallery needs pdftoppm: apt-get install poppler-utils"; exit 1; }
	@mkdir -p out/gallery docs/gallery
	for t in $(THEMES); do \
	  target/resume render resumes/cao.yml --theme $$t -o out/gallery/cao-$$t.pdf && \
	  pdftoppm -r 60 -png -f 1 -l 1 -singlefile out/gallery/cao-$$t.pdf docs/gallery/$$t; \
	done

clean:
	rm -rf target out
