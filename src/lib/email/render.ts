/**
 * Every message the shop sends is a Notification Module notification whose `data` carries a
 * `subject` and a plain-text `text` (the subscribers write them), plus, where the message asks the
 * reader to do something, an `action_url` and `action_label`. This turns that into an email:
 * the text as it is, and an HTML version with the same paragraphs and the action as a button.
 */
export type EmailData = { subject?: unknown; text?: unknown; action_url?: unknown; action_label?: unknown; [key: string]: unknown }

export type RenderedEmail = { subject: string; text: string; html: string }

export const SHOP_NAME = "Bean & Leaf"

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

/** Only web links become buttons: a message never carries a javascript: or data: link. */
const safeUrl = (value: unknown): string | null => {
  if (typeof value !== "string") return null
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null
  } catch {
    return null
  }
}

export function renderEmail(template: string, data: EmailData | null | undefined): RenderedEmail {
  const subject = typeof data?.subject === "string" && data.subject.trim() ? data.subject.trim() : `A message from ${SHOP_NAME}`
  const body = typeof data?.text === "string" && data.text.trim() ? data.text.trim() : subject
  const actionUrl = safeUrl(data?.action_url)
  const actionLabel = typeof data?.action_label === "string" && data.action_label.trim() ? data.action_label.trim() : "Open"
  const text = [body, actionUrl ? `${actionLabel}: ${actionUrl}` : null, `— ${SHOP_NAME}`].filter(Boolean).join("\n\n")
  const paragraphs = body
    .split(/\n{2,}/)
    .map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("")
  const button = actionUrl
    ? `<p style="margin:24px 0"><a href="${escapeHtml(actionUrl)}" style="background:#1f5160;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(actionLabel)}</a></p>` +
      `<p style="margin:0 0 16px;color:#667;font-size:13px">Or open this link: ${escapeHtml(actionUrl)}</p>`
    : ""
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;color:#1d2327;background:#f5f6f7;padding:24px" data-template="${escapeHtml(template)}">` +
    `<div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:32px">` +
    `<h1 style="font-size:20px;margin:0 0 24px">${escapeHtml(subject)}</h1>${paragraphs}${button}` +
    `<p style="margin:32px 0 0;color:#667;font-size:13px">${escapeHtml(SHOP_NAME)}</p></div></body></html>`
  return { subject, text, html }
}
