#!/bin/sh
# Prints the home of a JDK of version 21 or newer: $JAVA_HOME if it qualifies, else the newest
# one installed under /usr/lib/jvm (or /Library/Java/JavaVirtualMachines), else the `java` on
# the PATH. Prints nothing and fails when there is none.
major() {
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
ok() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    v=$(major "$1")
    [ -n "$v" ] && [ "$v" -ge 21 ]
}
if [ -n "$JAVA_HOME" ] && ok "$JAVA_HOME"; then
    echo "$JAVA_HOME"; exit 0
fi
best=""; bestv=0
for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] || continue
    [ -L "$d" ] && continue
    if ok "$d"; then
        v=$(major "$d")
        if [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
    fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi
if command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if ok "$home"; then echo "$home"; exit 0; fi
fi
exit 1
