package dev.sasil.spark;

/**
 * Prints the JVM options Spark needs on JDK 17 and newer (Spark's own list, as {@code
 * spark-submit} passes them), for {@code ./sasil-spark} to start the job with.
 */
public final class JvmFlags {

  private JvmFlags() {}

  public static void main(String[] args) {
    java.util.List<String> flags = new java.util.ArrayList<>();
    for (String f : org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions().split(" +")) {
      if (!f.equals("--add-modules=jdk.incubator.vector") && opensAPackageOfThisJdk(f)) {
        flags.add(f);
      }
    }
    System.out.println(String.join(" ", flags));
  }

  /** False for {@code --add-opens} of a package this JDK does not have (it would print a warning); true for other flags. */
  private static boolean opensAPackageOfThisJdk(String flag) {
    if (!flag.startsWith("--add-opens=")) {
      return true;
    }
    String target = flag.substring("--add-opens=".length(), flag.indexOf('=', "--add-opens=".length()));
    int slash = target.indexOf('/');
    return ModuleLayer.boot().findModule(target.substring(0, slash))
        .map(m -> m.getPackages().contains(target.substring(slash + 1))).orElse(false);
  }
}
