import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Puts PNG pictures side by side on a grey ground, for the gallery's CV-and-letter pictures:
 * {@code java src/build/SideBySide.java out.png a.png b.png}. A single-file program run by the
 * JDK, so that the gallery needs no ImageMagick.
 */
public class SideBySide {
    public static void main(String[] args) throws Exception {
        List<BufferedImage> in = new ArrayList<>();
        for (int i = 1; i < args.length; i++) in.add(ImageIO.read(new File(args[i])));
        int gap = 12, w = gap, h = 0;
        for (BufferedImage b : in) { w += b.getWidth() + gap; h = Math.max(h, b.getHeight()); }
        BufferedImage out = new BufferedImage(w, h + 2 * gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(0xd8d8d8)); g.fillRect(0, 0, w, h + 2 * gap);
        int x = gap;
        for (BufferedImage b : in) { g.drawImage(b, x, gap, null); x += b.getWidth() + gap; }
        g.dispose();
        ImageIO.write(out, "png", new File(args[0]));
    }
}
