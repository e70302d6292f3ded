package ma.accesinfo.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Bar charts drawn with Java 2D in the reports' font (DejaVu Sans, which shapes Arabic), so that a
 * chart reads in the report's direction: labels on the reading side, bars growing away from them.
 */
public final class Charts {

  private static final Color CURRENT = new Color(0x1F, 0x4E, 0x79);
  private static final Color PREVIOUS = new Color(0xA6, 0xB4, 0xC2);
  private static final Color TEXT = new Color(0x22, 0x2B, 0x33);
  private static final Font FONT = load();

  private Charts() {}

  /** One category of a chart: its label and its figures for the year and the year before. */
  public record Bar(String label, long value, long previous) {}

  /**
   * Horizontal bars, two per category (the year, darker, and the year before), with their figures,
   * and a legend.
   *
   * @param width the picture's width in pixels; its height is in the proportion of the report's
   *     chart frame
   */
  public static BufferedImage bars(
      List<Bar> bars, String valueLegend, String previousLegend, boolean rtl, int width) {
    // The picture keeps the proportions of the report's chart frame, whatever the number of bars
    int height = width * 178 / 515;
    int top = 40;
    int rowHeight = Math.min(44, (height - top - 10) / Math.max(1, bars.size()));
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      Font font = FONT.deriveFont(18f);
      g.setFont(font);
      int labelWidth = width * 36 / 100;
      int numberRoom = 90;
      int barRoom = width - labelWidth - numberRoom - 30;
      long max = 1;
      for (Bar bar : bars) {
        max = Math.max(max, Math.max(bar.value(), bar.previous()));
      }
      legend(g, font, valueLegend, previousLegend, rtl, width);
      for (int i = 0; i < bars.size(); i++) {
        Bar bar = bars.get(i);
        int y = top + i * rowHeight;
        TextLayout label =
            new TextLayout(
                fitted(g, font, bar.label(), labelWidth - 10), font, g.getFontRenderContext());
        float labelX = rtl ? width - 10 - (float) label.getAdvance() : 10;
        g.setColor(TEXT);
        label.draw(g, labelX, y + 24);
        drawBar(g, font, bar.value(), max, barRoom, CURRENT, y + 4, labelWidth, rtl, width);
        drawBar(g, font, bar.previous(), max, barRoom, PREVIOUS, y + 22, labelWidth, rtl, width);
      }
      g.setColor(PREVIOUS);
      g.setStroke(new BasicStroke(1f));
      int axis = rtl ? width - labelWidth : labelWidth;
      g.drawLine(axis, top, axis, height - 10);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void drawBar(
      Graphics2D g,
      Font font,
      long value,
      long max,
      int room,
      Color color,
      int y,
      int labelWidth,
      boolean rtl,
      int width) {
    int length = (int) Math.round((double) value / max * room);
    if (value > 0) {
      length = Math.max(length, 2);
    }
    int start = rtl ? width - labelWidth - length : labelWidth;
    g.setColor(color);
    g.fillRect(start, y, length, 16);
    Font small = font.deriveFont(15f);
    TextLayout number = new TextLayout(String.valueOf(value), small, g.getFontRenderContext());
    g.setColor(TEXT);
    float x = rtl ? start - 6 - (float) number.getAdvance() : start + length + 6;
    number.draw(g, x, y + 14);
  }

  private static void legend(
      Graphics2D g, Font font, String current, String previous, boolean rtl, int width) {
    Font small = font.deriveFont(15f);
    TextLayout first = new TextLayout(current, small, g.getFontRenderContext());
    TextLayout second = new TextLayout(previous, small, g.getFontRenderContext());
    float x = rtl ? width - 10 : 10;
    x = swatch(g, first, CURRENT, x, rtl);
    swatch(g, second, PREVIOUS, x + (rtl ? -24 : 24), rtl);
  }

  /** Draws a colour square and its text from x in the reading direction; returns where it ends. */
  private static float swatch(Graphics2D g, TextLayout text, Color color, float x, boolean rtl) {
    float advance = (float) text.getAdvance();
    g.setColor(color);
    if (rtl) {
      g.fillRect((int) x - 14, 10, 14, 14);
      g.setColor(TEXT);
      text.draw(g, x - 20 - advance, 23);
      return x - 20 - advance;
    }
    g.fillRect((int) x, 10, 14, 14);
    g.setColor(TEXT);
    text.draw(g, x + 20, 23);
    return x + 20 + advance;
  }

  /** The text, shortened with an ellipsis until it fits the width. */
  private static String fitted(Graphics2D g, Font font, String text, int width) {
    String shown = text == null || text.isEmpty() ? " " : text;
    Rectangle2D bounds = font.getStringBounds(shown, g.getFontRenderContext());
    while (bounds.getWidth() > width && shown.length() > 4) {
      shown = shown.substring(0, shown.length() - 2).strip() + "…";
      bounds = font.getStringBounds(shown, g.getFontRenderContext());
    }
    return shown;
  }

  private static Font load() {
    try (InputStream in =
        Charts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("the DejaVu Sans font is not on the class path");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("the DejaVu Sans font could not be read", e);
    }
  }
}
