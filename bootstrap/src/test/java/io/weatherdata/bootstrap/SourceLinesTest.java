package io.weatherdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every Java source line of every module, tests included, fits in 120 characters (the style we follow). */
class SourceLinesTest {
  private static final int MAX = 120;
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", "cdk.out");

  @Test
  void noJavaLineIsLongerThan120Characters() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> sources = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        String name = dir.getFileName().toString();
        return SKIPPED.contains(name) || name.startsWith(".") && !dir.equals(root) ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (file.toString().endsWith(".java")) {
          sources.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    List<String> tooLong = new ArrayList<>();
    for (Path file : sources) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).length() > MAX) {
          tooLong.add(root.relativize(file) + ":" + (i + 1) + " (" + lines.get(i).length() + ")");
        }
      }
    }

    assertThat(sources).as("the modules' sources").hasSizeGreaterThan(100);
    assertThat(tooLong).as("lines over %d characters", MAX).isEmpty();
  }
}
