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
# A watcher lives for minutes and renders on every save: there the full C2 compiler pays (a
# re-render in half the time once compiled), as in the resident renderer.
if [ "$1" = watch ]; then
    opts="-XX:+UseSerialGC -XX:-UsePerfData -Xss4m -Djava.awt.headless=true -Dsun.font.layout.ffm=false"
fi
aot=""
if [ "$java" = "@BUILD_JAVA@" ] && [ -r "$self.aot" ] && [ -z "$RESUME_NO_AOT" ]; then
    aot="$self.aot"
fi
# The resident renderer (README, "Speed"): render, validate, deps and convert are handed to this
# user's server for this build, by the small C client `make` builds beside the launcher, when
# one answers. Else (no client, no server, one that is hung or refuses) the call runs
# in-process as always, and then leaves a server starting in the background for the next call.
# RESUME_SERVER=0 or CI set turn it off; RESUME_JAVA_OPTS (options for an in-process JVM) too.
client="$self-client"
if [ -x "$client" ] && [ "${RESUME_SERVER:-1}" != 0 ] && [ -z "$CI" ] && [ -z "$RESUME_JAVA_OPTS" ]; then
    case "$1" in
    render|validate|deps|convert)
        "$client" "$self" "$java" "$@"
        rc=$?
        [ "$rc" -eq 200 ] || exit "$rc"
        "$java" $opts ${aot:+"@AOT_USE@=$aot"} ${aot:+@AOT_QUIET@} -jar "$self" "$@"
        rc=$?
        # Not after a Ctrl-C or a kill (128 + the signal): the user is stopping, not waiting.
        if [ "$rc" -lt 128 ] && sock=$("$client" --path "$self" "$java"); then
            here="$PWD"
            case "$self" in /*) self="$self" ;; *) self="$here/$self" ;; esac
            case "$aot" in /*|"") ;; *) aot="$here/$aot" ;; esac
            setsid=""
            command -v setsid >/dev/null 2>&1 && setsid=setsid
            # Detached (its own session, no terminal, Ctrl-C and hang-up ignored, in /); full
            # C2, a bounded heap: a render's live set is ~20 MB, so a small young generation
            # and a heap that grows only as needed (measured: 200 MB resident after a thousand
            # renders against 250 MB with ParallelGC's defaults, G1 more), and two malloc
            # arenas. It exits after 12 idle minutes (RESUME_SERVER_IDLE seconds), or when
            # this launcher changes.
            (trap '' INT HUP; cd / && MALLOC_ARENA_MAX=2 && export MALLOC_ARENA_MAX && exec $setsid "$java" \
                -XX:+UseParallelGC -Xms32m -Xmx256m -Xmn24m -XX:-UseAdaptiveSizePolicy -XX:MinHeapFreeRatio=10 \
                -XX:MaxHeapFreeRatio=30 -XX:-UsePerfData -Xss4m -Djava.awt.headless=true \
                -Dsun.font.layout.ffm=false -Dresume.nowarmup=true ${aot:+"@AOT_USE@=$aot"} ${aot:+@AOT_QUIET@} \
                -jar "$self" server run --socket "$sock" --launcher "$self" --idle "${RESUME_SERVER_IDLE:-720}" --warm-dir "$here" -- "$@") \
                </dev/null >/dev/null 2>&1 &
        fi
        exit "$rc"
        ;;
    server)
        # resume server status|stop: the socket of this build's server.
        RESUME_SERVER_SOCKET=$("$client" --path "$self" "$java")
        export RESUME_SERVER_SOCKET
        ;;
    esac
fi
exec "$java" $opts ${aot:+"@AOT_USE@=$aot"} ${aot:+@AOT_QUIET@} $RESUME_JAVA_OPTS -jar "$self" "$@"
