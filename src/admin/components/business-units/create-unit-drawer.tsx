import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateBusinessUnit } from "../../hooks/use-business-units"
import { errorMessage } from "../../lib/errors"
import { hasErrors } from "../../lib/validation"
import { FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { emptyUnitForm, unitInputFrom, UnitFormErrors, validateUnitForm } from "./unit-form"
import { UnitFormFields } from "./unit-form-fields"

/**
 * "Create" button and its drawer: a company, or a division when a parent is chosen (or given,
 * as on a unit's page where the parent is fixed).
 */
export function CreateUnitDrawer({
  parentId,
  buttonLabel = "Create",
  testId = "create-business-unit",
}: {
  parentId?: string
  buttonLabel?: string
  testId?: string
}) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(emptyUnitForm(parentId))
  const [errors, setErrors] = useState<UnitFormErrors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const create = useCreateBusinessUnit()
  const navigate = useNavigate()

  const openDrawer = (next: boolean) => {
    setOpen(next)
    if (next) {
      setValues(emptyUnitForm(parentId))
      setErrors({})
      setServerError(null)
    }
  }

  const submit = () => {
    const found = validateUnitForm(values)
    setErrors(found)
    if (hasErrors(found)) return
    setServerError(null)
    create.mutate(unitInputFrom(values, true), {
      onSuccess: (unit) => {
        toast.success(`${unit.parent_id ? "Division" : "Company"} "${unit.name}" created`)
        setOpen(false)
        if (!parentId) navigate(`/business-units/${unit.id}`)
      },
      onError: (error) => setServerError(errorMessage(error)),
    })
  }

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => openDrawer(true)} data-testid={testId}>
        {buttonLabel}
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={openDrawer}
        title={parentId ? "Add division" : "Create business unit"}
        description={parentId ? "A division below this unit." : "A company, or a division when you pick a parent."}
        onSubmit={submit}
        submitLabel="Create"
        submitting={create.isPending}
        testId="create-business-unit-drawer"
        submitTestId="create-business-unit-submit"
      >
        <FormError message={serverError} />
        <UnitFormFields values={values} errors={errors} onChange={setValues} showParent={!parentId} />
      </FormDrawer>
    </>
  )
}
