import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateBusinessUnit } from "../../hooks/use-business-units"
import { errorMessage } from "../../lib/errors"
import { BusinessUnit } from "../../lib/types"
import { hasErrors } from "../../lib/validation"
import { FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { unitFormFrom, unitInputFrom, UnitFormErrors, validateUnitForm } from "./unit-form"
import { UnitFormFields } from "./unit-form-fields"

export function EditUnitDrawer({ unit }: { unit: BusinessUnit }) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(unitFormFrom(unit))
  const [errors, setErrors] = useState<UnitFormErrors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const update = useUpdateBusinessUnit(unit.id)

  const openDrawer = (next: boolean) => {
    setOpen(next)
    if (next) {
      setValues(unitFormFrom(unit))
      setErrors({})
      setServerError(null)
    }
  }

  const submit = () => {
    const found = validateUnitForm(values)
    setErrors(found)
    if (hasErrors(found)) return
    setServerError(null)
    update.mutate(unitInputFrom(values, false), {
      onSuccess: () => {
        toast.success("Business unit saved")
        setOpen(false)
      },
      onError: (error) => setServerError(errorMessage(error)),
    })
  }

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => openDrawer(true)} data-testid="edit-business-unit">
        Edit
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={openDrawer}
        title="Edit business unit"
        onSubmit={submit}
        submitting={update.isPending}
        testId="edit-business-unit-drawer"
        submitTestId="edit-business-unit-submit"
      >
        <FormError message={serverError} />
        <UnitFormFields values={values} errors={errors} onChange={setValues} showParent={false} />
      </FormDrawer>
    </>
  )
}
