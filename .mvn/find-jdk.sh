# Sourced by ./mvnw, ./sasil and .ci/run: makes JAVA_HOME point at a JDK of version 21 or newer.
# Looks, in order, at JAVA_HOME, the java on PATH, then the system's JVM directories (newest first),
# and exports the first one that is 21 or newer (its feature version in sasil_java_version).
# Without one it says what to install and exits 2.
sasil_java_major() {
  # The feature version of the java binary $1 (17, 21, 25 ...), or 0 when it does not run. Read
  # from the JDK's release file when it has one (starting a JVM to ask costs a quarter second on
  # every ./sasil run), else from the JVM itself.
  release="$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")/release"
  if [ -x "$1" ] && [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n 1)
    if [ -n "$version" ]; then
      echo "$version"
      return 0
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}

sasil_find_jdk() {
  candidate=""
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    sasil_java_version=$(sasil_java_major "$JAVA_HOME/bin/java")
    [ "$sasil_java_version" -ge 21 ] && return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    sasil_java_version=$(sasil_java_major "$candidate/bin/java")
    if [ "$sasil_java_version" -ge 21 ]; then
      JAVA_HOME=$candidate; export JAVA_HOME; return 0
    fi
  fi
  for dir in /usr/lib/jvm /usr/java /opt/java /Library/Java/JavaVirtualMachines; do
    [ -d "$dir" ] || continue
    for home in $(ls -1d "$dir"/* 2>/dev/null | sort -r); do
      [ -x "$home/Contents/Home/bin/javac" ] && home="$home/Contents/Home"
      [ -x "$home/bin/javac" ] || continue
      sasil_java_version=$(sasil_java_major "$home/bin/java")
      if [ "$sasil_java_version" -ge 21 ]; then
        JAVA_HOME=$home; export JAVA_HOME; return 0
      fi
    done
  done
  echo "sasil: needs a JDK 21 or newer (found none in JAVA_HOME, on PATH or in /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21, or set JAVA_HOME" >&2
  exit 2
}

sasil_find_jdk

# Maven 3.9's Guice touches sun.misc.Unsafe, which JDK 24+ warns about on every build; allow it
# there (JDK 21 does not know the option and needs nothing).
if [ "$sasil_java_version" -ge 24 ]; then
  case " ${MAVEN_OPTS-} " in
    *" --sun-misc-unsafe-memory-access="*) ;;
    *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
  esac
fi
