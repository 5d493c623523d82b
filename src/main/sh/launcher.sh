#!/bin/sh
# resume launcher: this shell script is followed by the tool's jar, in one file.
# It runs the jar with a Java of version 21 or newer: $RESUME_JAVA, the JDK found when the
# tool was built, $JAVA_HOME, or the newest under /usr/lib/jvm.
self="$0"
case "$self" in */*) ;; *) self=$(command -v -- "$self") ;; esac
java_ok() {
    [ -x "$1" ] || return 1
    v=$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
    [ -n "$v" ] && [ "$v" -ge 21 ]
}
java=""
if [ -n "$RESUME_JAVA" ]; then
    java="$RESUME_JAVA"
elif [ -x "@BUILD_JAVA@" ]; then
    java="@BUILD_JAVA@"
else
    for candidate in "$JAVA_HOME/bin/java" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) "$(command -v java)"; do
        if java_ok "$candidate"; then java="$candidate"; break; fi
    done
fi
if [ -z "$java" ]; then
    echo "resume: needs Java 21 or newer. Install a JDK (for example: apt-get install openjdk-21-jre-headless," >&2
    echo "or Temurin 25) or point RESUME_JAVA at its bin/java." >&2
    exit 3
fi
# A short-lived process: the C1 compiler and the serial collector start fastest.
# sun.font.layout.ffm=false: the JDK calls HarfBuzz (the text shaper) through JNI rather than
# the foreign-function API, whose call stubs are classes generated at every start (about 160,
# which no class archive keeps): a cold render takes ~0.15 s less CPU, the same glyphs.
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss4m -Djava.awt.headless=true -Dsun.font.layout.ffm=false"
# The class archive `make` builds beside the launcher (resume.aot: the classes loaded and linked
# by a training run on the samples) saves much of the start-up. It is made by and for the Java
# the tool was built with; with another, or when it is missing, it is skipped. A cache that does
# not match (a rebuilt launcher, a Java updated in place) makes the JVM fall back to a normal
# start, and the log options keep that fallback silent.
if [ "$java" = "@BUILD_JAVA@" ] && [ -r "$self.aot" ] && [ -z "$RESUME_NO_AOT" ]; then
    exec "$java" $opts "@AOT_USE@=$self.aot" @AOT_QUIET@ $RESUME_JAVA_OPTS -jar "$self" "$@"
fi
exec "$java" $opts $RESUME_JAVA_OPTS -jar "$self" "$@"
