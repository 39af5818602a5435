# Sourced by ./mvnw and .ci/run: when neither JAVA_HOME nor the java on PATH is JDK 21 or newer, look for one
# in the usual install folders and use the newest found. Does nothing when a recent enough JDK is already set.

atlas_java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

atlas_select_jdk() {
    local current=""
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        current="$JAVA_HOME/bin/java"
    elif command -v java >/dev/null 2>&1; then
        current="$(command -v java)"
    fi
    if [ -n "$current" ] && [ "$(atlas_java_major "$current")" -ge 21 ] 2>/dev/null; then
        return 0
    fi
    local best="" best_major=0 home major
    for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
        [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
        major="$(atlas_java_major "$home/bin/java")"
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$home"
            best_major="$major"
        fi
    done
    if [ -n "$best" ]; then
        export JAVA_HOME="$best"
    else
        echo "Deconfliction Atlas needs JDK 21 or newer: set JAVA_HOME to one." >&2
    fi
}

atlas_select_jdk
