import { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { Transporter } from "nodemailer"
import { renderEmail } from "../../lib/email/render"

export type SmtpNotificationOptions = {
  /** smtp://user:pass@host:port (or smtps://); the development inbox's address when `npm start` runs one. */
  url: string
  /** The sender, e.g. "Bean & Leaf <shop@example.com>". */
  from: string
}

/**
 * Sends the shop's email notifications over SMTP (nodemailer). The Notification Module keeps
 * each notification and its status; this only turns it into a message (src/lib/email/render.ts)
 * with its attachments (an invoice's PDF) and hands it to the mail server.
 */
export default class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"
  private transporter: Transporter
  private logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` (smtp://host:port or smtps://…)")
    }
    if (typeof options.from !== "string" || !options.from.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `from` (the sender address)")
    }
  }

  constructor({ logger }: { logger: Logger }, private readonly options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.transporter = nodemailer.createTransport(options.url)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const email = renderEmail(notification.template, notification.data)
    const sent = await this.transporter.sendMail({
      from: notification.from?.trim() || this.options.from,
      to: notification.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: (notification.attachments ?? []).map((attachment) => ({
        filename: attachment.filename,
        content: Buffer.from(attachment.content, "base64"),
        contentType: attachment.content_type,
      })),
    })
    this.logger.debug(`Email "${email.subject}" sent to ${notification.to} (${sent.messageId})`)
    return { id: sent.messageId }
  }
}
