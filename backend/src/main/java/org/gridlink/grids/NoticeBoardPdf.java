package org.gridlink.grids;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridlink.common.web.ProblemException;
import org.gridlink.media.MediaFacade;
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkerRole;

/**
 * The printable A4 notice board (网格员公示牌): grid and chain, each worker with role, office phone,
 * duties and hours, the community office, what they help with, and the QR code. Chinese text needs
 * a CJK font file ({@code gridlink.grids.cjk-font}; Debian: fonts-noto-cjk).
 */
@Singleton
class NoticeBoardPdf {
  private static final Map<WorkerRole, String> ROLE =
      Map.of(
          WorkerRole.GRID_CHIEF, "网格长",
          WorkerRole.GRID_MANAGER, "网格管理员",
          WorkerRole.GRID_WORKER, "网格员",
          WorkerRole.GRID_INFORMANT, "网格信息员");
  private final GridsProperties properties;
  private final BoardQrCode qr;
  private final MediaFacade media;
  private volatile BaseFont font;

  NoticeBoardPdf(GridsProperties properties, BoardQrCode qr, MediaFacade media) {
    this.properties = properties;
    this.qr = qr;
    this.media = media;
  }

  /** The worker's photo (its thumbnail) fitted into the cell; an empty cell without one. */
  private PdfPCell photoCell(WorkerCard w) {
    PdfPCell cell = new PdfPCell();
    cell.setFixedHeight(64);
    if (w.photoMediaId() == null) {
      return cell;
    }
    var thumb = media.attachedThumbnail(w.photoMediaId());
    if (thumb.isEmpty()) {
      return cell;
    }
    try {
      Image photo = Image.getInstance(thumb.get());
      photo.scaleToFit(56, 60);
      cell = new PdfPCell(photo, false);
      cell.setFixedHeight(64);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    } catch (IOException | RuntimeException e) {
      // A photo that cannot be read leaves the cell empty; the board still prints.
    }
    return cell;
  }

  byte[] render(NoticeBoard board) {
    BaseFont base = font();
    Font title = new Font(base, 26, Font.BOLD);
    Font heading = new Font(base, 14, Font.BOLD);
    Font text = new Font(base, 11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(board.grid().name() + " 网格员公示牌");
      doc.open();
      Paragraph head = new Paragraph("网格员公示牌", title);
      head.setAlignment(Element.ALIGN_CENTER);
      doc.add(head);
      String chain =
          board.chain().stream().map(AreaSummary::name).collect(Collectors.joining(" · "));
      Paragraph where =
          new Paragraph(
              chain + " · " + board.grid().name() + "（" + board.grid().code() + "）", heading);
      where.setAlignment(Element.ALIGN_CENTER);
      where.setSpacingAfter(16);
      doc.add(where);
      PdfPTable table = new PdfPTable(new float[] {1.1f, 1.4f, 1.6f, 3.2f, 1.7f});
      table.setWidthPercentage(100);
      for (String h : new String[] {"照片", "姓名 / 职务", "办公电话", "职责", "服务时间"}) {
        table.addCell(new PdfPCell(new Phrase(h, heading)));
      }
      for (WorkerCard w : board.workers()) {
        table.addCell(photoCell(w));
        table.addCell(
            new Phrase(
                w.name()
                    + "\n"
                    + ROLE.get(w.role())
                    + (w.fullTime() ? "（专职）" : "（兼职）")
                    + (w.onDuty() ? "" : "\n暂不在岗"),
                text));
        table.addCell(new Phrase(nz(w.officePhone()), text));
        table.addCell(new Phrase(nz(w.duties()), text));
        table.addCell(new Phrase(nz(w.serviceHours()), text));
      }
      doc.add(table);
      CommunityOffice office = board.office();
      Paragraph officeText =
          new Paragraph(
              "社区办公室：" + office.name() + "  " + nz(office.address()) + "  电话 " + nz(office.phone()),
              text);
      officeText.setSpacingBefore(14);
      doc.add(officeText);
      if (!board.helpsWith().isEmpty()) {
        doc.add(new Paragraph("我们可以帮您：" + String.join("、", board.helpsWith()), text));
      }
      Image code = Image.getInstance(qr.png(board.grid().code(), 300));
      code.scaleToFit(140, 140);
      code.setAlignment(Element.ALIGN_CENTER);
      code.setSpacingBefore(18);
      doc.add(code);
      Paragraph scan = new Paragraph("扫码查看本网格公示牌  " + board.qrUrl(), text);
      scan.setAlignment(Element.ALIGN_CENTER);
      doc.add(scan);
      doc.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Notice board PDF failed", e);
    }
    return out.toByteArray();
  }

  private BaseFont font() {
    if (font == null) {
      String spec = properties.getCjkFont();
      String file = spec.replaceFirst(",\\d+$", "");
      if (!Files.isReadable(Path.of(file))) {
        throw new ProblemException(
            HttpStatus.SERVICE_UNAVAILABLE, "pdf-font-missing", "grids.pdf.font-missing");
      }
      try {
        font = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (DocumentException | IOException e) {
        throw new IllegalStateException("CJK font " + spec + " cannot be read", e);
      }
    }
    return font;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
