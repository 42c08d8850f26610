# shellcheck shell=bash
# Finds a JDK 21 or newer for OpenFSE. Sourced by ./openfse, the product's launcher and .ci/run.
# Order: $JAVA_HOME, then the usual install folders, then `java` on the PATH.
# openfse_find_java prints the path of the java command, or prints a clear message on stderr
# and returns 1.

openfse_java_feature() {
  # Prints the feature release (17, 21, 25...) of a java command, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

openfse_find_java() {
  local required=21 candidate feature
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  for candidate in /usr/lib/jvm/temurin-*/bin/java /usr/lib/jvm/java-2[1-9]*/bin/java /usr/lib/jvm/jdk-2[1-9]*/bin/java \
                   /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/jdk*/bin/java /usr/local/java/*/bin/java; do
    [ -x "$candidate" ] && candidates+=("$candidate")
  done
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    feature=$(openfse_java_feature "$candidate")
    if [ -n "$feature" ] && [ "$feature" -ge "$required" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  {
    echo "OpenFSE a besoin de Java $required ou plus récent, et aucun n'a été trouvé."
    echo "Cherché : \$JAVA_HOME (${JAVA_HOME:-non défini}), /usr/lib/jvm/*, /opt/java/*, /opt/jdk*, puis 'java' du PATH."
    echo "Installez un JDK $required+ (par exemple le paquet Debian openjdk-21-jdk ou un JDK Temurin) et définissez JAVA_HOME."
  } >&2
  return 1
}
